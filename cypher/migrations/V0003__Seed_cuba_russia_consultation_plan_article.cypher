// The project's first source, entered as a curator would: the Cuba Business Report article on Cuba
// and Russia signing a Political Consultation Plan at the UN, with the posts listed beside it.
// Every fact below is cited with the passage that states it. The article carries no publication
// date, so no date is invented: "yesterday", "2 weeks ago" and "Wednesday" are kept as notes.

// The source. It has no URL, so it is identified by the SHA-256 of its text.
CREATE (s:Source {
  id: 'src-9f9a7992a81a878d',
  contentHash: '9f9a7992a81a878decab12e92aa3baa2fb01e1a2f9a9da29c5fa77a1a7ca9792',
  title: 'Russia and Cuba Relations Continue to Flourish',
  publisher: 'Cuba Business Report',
  author: 'Cuba Business Report Staff',
  category: 'Trade Relations',
  language: 'en',
  publishedNote: 'The article carries no publication date; its recent-posts list says "2 weeks ago" to "2 months ago" relative to an unknown viewing date.',
  text: 'Categories: Trade Relations

Russia and Cuba Relations Continue to Flourish

The bilateral relations between Cuba and Russia continue to flourish.  Foreign Ministers Bruno Rodríguez Parrilla and Sergey Lavrov, Ministry of Foreign Affairs of the Russian Federation signed a Political Consultation Plan yesterday at the  United Nations headquarters in New York City.

The document plan outlines cooperation in international, regional and bilateral issues and the strengthening political dialogue between the two nations.

The Consultation Plan was signed by Mr. Rodriguez and Mr. Lavrov at a special signing ceremony.

The special ceremony was also attended by Cuban Ambassador Rodolfo Reyes Rodríguez, Permanent Representative of Cuba to the United Nations, and other officials of Cuba’s Permanent Mission.

Advertisement. Scroll to continue reading.

Other agreements between the two nations will also be signed on trade and bilateral relations, one of the most recent being the accord between BioCubaFarma and the Skolkovo Center to export new Cuban pharmaceuticals to the Russia.

Information sourced:  MINREX

Share
Published by
Cuba Business Report Staff

Recent Posts

Cuba Joins the BRICS New Development Bank

In a move with both economic and geopolitical significance, Cuba has officially joined the New…

2 weeks ago

Cuba’s International Tourist Arrivals—June 2025

Cuba’s tourism sector, long a vital part of the island’s economy, is experiencing mixed fortunes…

2 weeks ago

Cuba Amplifies Voice of the Global South at BRICS 2025 in Brazil

Cuba took center stage at the 17th BRICS 2025 in Rio de Janeiro this weekend,…

1 month ago

FIHAV 2025 Set for this November

Cuba has confirmed the 41st edition of the Havana International Fair (FIHAV 2025) will take…

1 month ago

WestJet CEO Meets with Cuban President Amid Hopes for Expansion of Passenger Flights to Havana

WestJet CEO Alexis von Hoensbroech met Wednesday with Cuban President Miguel Díaz-Canel in Havana, a high-level meeting…

2 months ago

Cuba Expands Solar Parks as Energy Deficits Persist

Cuba is ramping up efforts to address energy shortages through the expansion of photovoltaic solar…

2 months ago'
});

// Organisations, each based in its country. Facts about the reference data itself (where a
// ministry sits) are general knowledge and carry no citation.
MATCH (cu:Country {code: 'CU'}), (ru:Country {code: 'RU'}), (ca:Country {code: 'CA'})
UNWIND [
  {id: 'org-minrex', name: 'Ministry of Foreign Affairs of Cuba', acronym: 'MINREX', kind: 'MINISTRY', country: cu,
   aliases: ['Ministerio de Relaciones Exteriores de Cuba', 'Cuban Ministry of Foreign Affairs', 'Cuban Foreign Ministry']},
  {id: 'org-mfa-russia', name: 'Ministry of Foreign Affairs of the Russian Federation', acronym: 'MID', kind: 'MINISTRY', country: ru,
   aliases: ['Russian Ministry of Foreign Affairs', 'Russian Foreign Ministry']},
  {id: 'org-cuba-mission-un', name: 'Permanent Mission of Cuba to the United Nations', acronym: null, kind: 'MISSION', country: cu,
   aliases: ['Cuba’s Permanent Mission', 'Cuban Mission to the UN']},
  {id: 'org-biocubafarma', name: 'BioCubaFarma', acronym: null, kind: 'COMPANY', country: cu,
   aliases: ['Grupo de las Industrias Biotecnológica y Farmacéutica de Cuba']},
  {id: 'org-skolkovo', name: 'Skolkovo Center', acronym: null, kind: 'RESEARCH_CENTRE', country: ru,
   aliases: ['Skolkovo', 'Skolkovo Innovation Center']},
  {id: 'org-westjet', name: 'WestJet', acronym: null, kind: 'COMPANY', country: ca, aliases: ['WestJet Airlines']},
  {id: 'org-cuba-business-report', name: 'Cuba Business Report', acronym: null, kind: 'PUBLISHER', country: null, aliases: []},
  {id: 'org-un', name: 'United Nations', acronym: 'UN', kind: 'INTERNATIONAL_ORGANIZATION', country: null, aliases: ['UN', 'U.N.']},
  {id: 'org-brics', name: 'BRICS', acronym: null, kind: 'BLOC', country: null, aliases: []},
  {id: 'org-ndb', name: 'New Development Bank', acronym: 'NDB', kind: 'BANK', country: null,
   aliases: ['BRICS New Development Bank', 'BRICS Bank']}
] AS o
CREATE (org:Organization {id: o.id, name: o.name, acronym: o.acronym, kind: o.kind, aliases: o.aliases})
FOREACH (country IN CASE WHEN o.country IS NULL THEN [] ELSE [o.country] END | CREATE (org)-[:BASED_IN]->(country));

MATCH (mission:Organization {id: 'org-cuba-mission-un'}), (minrex:Organization {id: 'org-minrex'})
CREATE (mission)-[:PART_OF]->(minrex);

MATCH (s:Source {id: 'src-9f9a7992a81a878d'}), (minrex:Organization {id: 'org-minrex'}),
      (publisher:Organization {id: 'org-cuba-business-report'})
CREATE (s)-[:INFORMATION_FROM]->(minrex), (s)-[:PUBLISHED_BY]->(publisher);

// Places: the venue of the signing and the cities the posts name.
MATCH (us:Country {code: 'US'}), (cu:Country {code: 'CU'}), (br:Country {code: 'BR'})
CREATE (nyc:Place {id: 'place-new-york-city', name: 'New York City', kind: 'CITY', aliases: ['New York', 'NYC']})-[:LOCATED_IN]->(us),
       (:Place {id: 'place-un-headquarters', name: 'United Nations Headquarters', kind: 'VENUE', aliases: ['UN headquarters', 'United Nations headquarters']})-[:LOCATED_IN]->(nyc),
       (:Place {id: 'place-havana', name: 'Havana', kind: 'CITY', aliases: ['La Habana']})-[:LOCATED_IN]->(cu),
       (:Place {id: 'place-rio-de-janeiro', name: 'Rio de Janeiro', kind: 'CITY', aliases: ['Rio']})-[:LOCATED_IN]->(br);

// People, and the posts the article gives them.
UNWIND [
  {id: 'person-bruno-rodriguez-parrilla', name: 'Bruno Rodríguez Parrilla', aliases: ['Bruno Rodríguez', 'Mr. Rodriguez']},
  {id: 'person-sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Sergei Lavrov', 'Mr. Lavrov']},
  {id: 'person-rodolfo-reyes-rodriguez', name: 'Rodolfo Reyes Rodríguez', aliases: []},
  {id: 'person-miguel-diaz-canel', name: 'Miguel Díaz-Canel', aliases: ['Miguel Díaz-Canel Bermúdez']},
  {id: 'person-alexis-von-hoensbroech', name: 'Alexis von Hoensbroech', aliases: []}
] AS p
CREATE (:Person {id: p.id, name: p.name, aliases: p.aliases});

UNWIND [
  {id: 'tenure-rodriguez-foreign-minister', person: 'person-bruno-rodriguez-parrilla', post: 'Minister of Foreign Affairs', within: 'org-minrex'},
  {id: 'tenure-lavrov-foreign-minister', person: 'person-sergey-lavrov', post: 'Minister of Foreign Affairs', within: 'org-mfa-russia'},
  {id: 'tenure-reyes-permanent-representative', person: 'person-rodolfo-reyes-rodriguez', post: 'Ambassador, Permanent Representative of Cuba to the United Nations', within: 'org-cuba-mission-un'},
  {id: 'tenure-diaz-canel-president', person: 'person-miguel-diaz-canel', post: 'President of Cuba', within: 'CU'},
  {id: 'tenure-von-hoensbroech-ceo', person: 'person-alexis-von-hoensbroech', post: 'Chief Executive Officer', within: 'org-westjet'}
] AS t
MATCH (person:Person {id: t.person})
OPTIONAL MATCH (org:Organization {id: t.within})
OPTIONAL MATCH (country:Country {id: t.within})
CREATE (tenure:Tenure {id: t.id, post: t.post,
        startNote: 'The source gives no start date; it only shows the post held at the time of writing.'})-[:HOLDER]->(person)
FOREACH (within IN [x IN [org, country] WHERE x IS NOT NULL] | CREATE (tenure)-[:WITHIN]->(within));

// The Political Consultation Plan, its parties, its signing and the ceremony.
MATCH (cu:Country {code: 'CU'}), (ru:Country {code: 'RU'}),
      (rodriguez:Person {id: 'person-bruno-rodriguez-parrilla'}), (lavrov:Person {id: 'person-sergey-lavrov'}),
      (venue:Place {id: 'place-un-headquarters'})
CREATE (plan:Agreement {id: 'agr-cu-ru-political-consultation-plan', title: 'Cuba–Russia Political Consultation Plan',
        kind: 'CONSULTATION_PLAN',
        summary: 'Outlines cooperation on international, regional and bilateral issues and the strengthening of political dialogue between Cuba and Russia.'})
CREATE (:Party {id: 'party-pcp-cuba', role: 'PARTY'})-[:OF_AGREEMENT]->(plan),
       (:Party {id: 'party-pcp-russia', role: 'PARTY'})-[:OF_AGREEMENT]->(plan)
WITH *
MATCH (pc:Party {id: 'party-pcp-cuba'}), (pr:Party {id: 'party-pcp-russia'})
CREATE (pc)-[:ACTOR]->(cu), (pr)-[:ACTOR]->(ru)
CREATE (:AgreementAction {id: 'action-pcp-signed', kind: 'SIGNED', date: null,
        dateNote: 'The article says "yesterday" but carries no publication date.'})-[:OF_AGREEMENT]->(plan)
CREATE (ceremony:Event {id: 'evt-pcp-signing-ceremony', name: 'Signing ceremony of the Cuba–Russia Political Consultation Plan',
        kind: 'SIGNING_CEREMONY', date: null, dateNote: 'The article says "yesterday" but carries no publication date.'})-[:HELD_AT]->(venue)
CREATE (ceremony)-[:CONCERNS]->(plan)
CREATE (sr:Signature {id: 'sig-pcp-rodriguez', post: 'Minister of Foreign Affairs', date: null,
        dateNote: 'The article says "yesterday" but carries no publication date.'})-[:OF_AGREEMENT]->(plan)
CREATE (sr)-[:SIGNER]->(rodriguez), (sr)-[:ON_BEHALF_OF]->(cu), (sr)-[:AT_EVENT]->(ceremony)
CREATE (sl:Signature {id: 'sig-pcp-lavrov', post: 'Minister of Foreign Affairs', date: null,
        dateNote: 'The article says "yesterday" but carries no publication date.'})-[:OF_AGREEMENT]->(plan)
CREATE (sl)-[:SIGNER]->(lavrov), (sl)-[:ON_BEHALF_OF]->(ru), (sl)-[:AT_EVENT]->(ceremony);

MATCH (ceremony:Event {id: 'evt-pcp-signing-ceremony'})
UNWIND [
  {id: 'att-pcp-rodriguez', who: 'person-bruno-rodriguez-parrilla', role: 'Signatory'},
  {id: 'att-pcp-lavrov', who: 'person-sergey-lavrov', role: 'Signatory'},
  {id: 'att-pcp-reyes', who: 'person-rodolfo-reyes-rodriguez', role: 'Ambassador, Permanent Representative of Cuba to the United Nations'},
  {id: 'att-pcp-cuba-mission', who: 'org-cuba-mission-un', role: 'Other officials of Cuba’s Permanent Mission'}
] AS a
MATCH (who {id: a.who}) WHERE who:Person OR who:Organization
CREATE (:Attendance {id: a.id, role: a.role})-[:AT_EVENT]->(ceremony)
WITH a, who
MATCH (attendance:Attendance {id: a.id})
CREATE (attendance)-[:ATTENDEE]->(who);

// The BioCubaFarma–Skolkovo accord and the trade agreements announced for later.
MATCH (cu:Country {code: 'CU'}), (ru:Country {code: 'RU'}),
      (biocubafarma:Organization {id: 'org-biocubafarma'}), (skolkovo:Organization {id: 'org-skolkovo'})
CREATE (accord:Agreement {id: 'agr-biocubafarma-skolkovo-pharmaceutical-exports',
        title: 'BioCubaFarma–Skolkovo Center accord on exporting Cuban pharmaceuticals to Russia', kind: 'TRADE_ACCORD',
        summary: 'An accord between BioCubaFarma and the Skolkovo Center to export new Cuban pharmaceuticals to Russia.'})
CREATE (pb:Party {id: 'party-accord-biocubafarma', role: 'PARTY'})-[:OF_AGREEMENT]->(accord),
       (ps:Party {id: 'party-accord-skolkovo', role: 'PARTY'})-[:OF_AGREEMENT]->(accord)
CREATE (pb)-[:ACTOR]->(biocubafarma), (ps)-[:ACTOR]->(skolkovo)
CREATE (:AgreementAction {id: 'action-accord-concluded', kind: 'CONCLUDED', date: null,
        dateNote: 'Reported as "one of the most recent" agreements; the article gives no date or signatories.'})-[:OF_AGREEMENT]->(accord)
CREATE (trade:Agreement {id: 'agr-cu-ru-further-trade-agreements',
        title: 'Further Cuba–Russia agreements on trade and bilateral relations', kind: 'TRADE_ACCORD',
        summary: 'Agreements on trade and bilateral relations that the two nations will also sign; not yet signed at the time of writing.'})
CREATE (tc:Party {id: 'party-trade-cuba', role: 'PARTY'})-[:OF_AGREEMENT]->(trade),
       (tr:Party {id: 'party-trade-russia', role: 'PARTY'})-[:OF_AGREEMENT]->(trade)
CREATE (tc)-[:ACTOR]->(cu), (tr)-[:ACTOR]->(ru)
CREATE (:AgreementAction {id: 'action-trade-announced', kind: 'ANNOUNCED', date: null,
        dateNote: 'Announced in the same undated article.'})-[:OF_AGREEMENT]->(trade);

// The recent posts: Cuba and the New Development Bank, BRICS 2025, FIHAV 2025, WestJet in Havana.
MATCH (cu:Country {code: 'CU'}), (ndb:Organization {id: 'org-ndb'}), (brics:Organization {id: 'org-brics'}),
      (havana:Place {id: 'place-havana'}), (rio:Place {id: 'place-rio-de-janeiro'}),
      (diazCanel:Person {id: 'person-miguel-diaz-canel'}), (ceo:Person {id: 'person-alexis-von-hoensbroech'})
CREATE (m:Membership {id: 'membership-cuba-ndb', start: null,
        startNote: 'A post listed as "2 weeks ago" relative to an unknown viewing date.'})-[:MEMBER]->(cu)
CREATE (m)-[:OF_ORGANIZATION]->(ndb)
CREATE (accession:Event {id: 'evt-cuba-joins-ndb', name: 'Cuba joins the New Development Bank', kind: 'ACCESSION', date: null,
        dateNote: 'A post listed as "2 weeks ago" relative to an unknown viewing date.'})
CREATE (:Attendance {id: 'att-ndb-cuba', role: 'Acceding member'})-[:AT_EVENT]->(accession)
CREATE (accession)-[:CONCERNS_ORGANIZATION]->(ndb)
CREATE (summit:Event {id: 'evt-brics-2025-summit', name: '17th BRICS Summit (BRICS 2025)', kind: 'SUMMIT', date: '2025',
        dateNote: 'The year is in the summit’s name; the post says "this weekend", listed as "1 month ago".'})-[:HELD_AT]->(rio)
CREATE (summit)-[:ORGANIZED_BY]->(brics)
CREATE (:Attendance {id: 'att-brics-2025-cuba', role: 'Participant'})-[:AT_EVENT]->(summit)
CREATE (fihav:Event {id: 'evt-fihav-2025', name: 'Havana International Fair (FIHAV 2025)', kind: 'FAIR', edition: 41,
        date: '2025-11', dateNote: 'The post is titled "FIHAV 2025 Set for this November".'})-[:HELD_AT]->(havana)
CREATE (meeting:Event {id: 'evt-westjet-ceo-meets-diaz-canel', name: 'WestJet CEO Alexis von Hoensbroech meets President Miguel Díaz-Canel',
        kind: 'MEETING', date: null, dateNote: 'The post says "Wednesday", listed as "2 months ago" relative to an unknown viewing date.',
        summary: 'A high-level meeting amid hopes for more passenger flights to Havana.'})-[:HELD_AT]->(havana)
CREATE (:Attendance {id: 'att-westjet-diaz-canel', role: 'President of Cuba'})-[:AT_EVENT]->(meeting)
CREATE (:Attendance {id: 'att-westjet-ceo', role: 'Chief Executive Officer of WestJet'})-[:AT_EVENT]->(meeting)
WITH *
MATCH (a1:Attendance {id: 'att-ndb-cuba'}), (a2:Attendance {id: 'att-brics-2025-cuba'}),
      (a3:Attendance {id: 'att-westjet-diaz-canel'}), (a4:Attendance {id: 'att-westjet-ceo'})
CREATE (a1)-[:ATTENDEE]->(cu), (a2)-[:ATTENDEE]->(cu), (a3)-[:ATTENDEE]->(diazCanel), (a4)-[:ATTENDEE]->(ceo);

// Citations: every fact, with the exact passage of the source that states it.
MATCH (s:Source {id: 'src-9f9a7992a81a878d'})
WITH s, [
  {fact: 'agr-cu-ru-political-consultation-plan', quote: 'Foreign Ministers Bruno Rodríguez Parrilla and Sergey Lavrov, Ministry of Foreign Affairs of the Russian Federation signed a Political Consultation Plan yesterday at the  United Nations headquarters in New York City.'},
  {fact: 'agr-cu-ru-political-consultation-plan', quote: 'The document plan outlines cooperation in international, regional and bilateral issues and the strengthening political dialogue between the two nations.'},
  {fact: 'party-pcp-cuba', quote: 'The document plan outlines cooperation in international, regional and bilateral issues and the strengthening political dialogue between the two nations.'},
  {fact: 'party-pcp-russia', quote: 'The document plan outlines cooperation in international, regional and bilateral issues and the strengthening political dialogue between the two nations.'},
  {fact: 'action-pcp-signed', quote: 'signed a Political Consultation Plan yesterday'},
  {fact: 'sig-pcp-rodriguez', quote: 'The Consultation Plan was signed by Mr. Rodriguez and Mr. Lavrov at a special signing ceremony.'},
  {fact: 'sig-pcp-lavrov', quote: 'The Consultation Plan was signed by Mr. Rodriguez and Mr. Lavrov at a special signing ceremony.'},
  {fact: 'evt-pcp-signing-ceremony', quote: 'The Consultation Plan was signed by Mr. Rodriguez and Mr. Lavrov at a special signing ceremony.'},
  {fact: 'evt-pcp-signing-ceremony', quote: 'signed a Political Consultation Plan yesterday at the  United Nations headquarters in New York City.'},
  {fact: 'att-pcp-rodriguez', quote: 'The Consultation Plan was signed by Mr. Rodriguez and Mr. Lavrov at a special signing ceremony.'},
  {fact: 'att-pcp-lavrov', quote: 'The Consultation Plan was signed by Mr. Rodriguez and Mr. Lavrov at a special signing ceremony.'},
  {fact: 'att-pcp-reyes', quote: 'The special ceremony was also attended by Cuban Ambassador Rodolfo Reyes Rodríguez, Permanent Representative of Cuba to the United Nations'},
  {fact: 'att-pcp-cuba-mission', quote: 'and other officials of Cuba’s Permanent Mission.'},
  {fact: 'tenure-rodriguez-foreign-minister', quote: 'Foreign Ministers Bruno Rodríguez Parrilla and Sergey Lavrov'},
  {fact: 'tenure-lavrov-foreign-minister', quote: 'Foreign Ministers Bruno Rodríguez Parrilla and Sergey Lavrov, Ministry of Foreign Affairs of the Russian Federation'},
  {fact: 'tenure-reyes-permanent-representative', quote: 'Cuban Ambassador Rodolfo Reyes Rodríguez, Permanent Representative of Cuba to the United Nations'},
  {fact: 'tenure-diaz-canel-president', quote: 'Cuban President Miguel Díaz-Canel'},
  {fact: 'tenure-von-hoensbroech-ceo', quote: 'WestJet CEO Alexis von Hoensbroech'},
  {fact: 'agr-biocubafarma-skolkovo-pharmaceutical-exports', quote: 'the accord between BioCubaFarma and the Skolkovo Center to export new Cuban pharmaceuticals to the Russia.'},
  {fact: 'party-accord-biocubafarma', quote: 'the accord between BioCubaFarma and the Skolkovo Center'},
  {fact: 'party-accord-skolkovo', quote: 'the accord between BioCubaFarma and the Skolkovo Center'},
  {fact: 'action-accord-concluded', quote: 'one of the most recent being the accord between BioCubaFarma and the Skolkovo Center'},
  {fact: 'agr-cu-ru-further-trade-agreements', quote: 'Other agreements between the two nations will also be signed on trade and bilateral relations'},
  {fact: 'party-trade-cuba', quote: 'Other agreements between the two nations will also be signed on trade and bilateral relations'},
  {fact: 'party-trade-russia', quote: 'Other agreements between the two nations will also be signed on trade and bilateral relations'},
  {fact: 'action-trade-announced', quote: 'Other agreements between the two nations will also be signed on trade and bilateral relations'},
  {fact: 'membership-cuba-ndb', quote: 'Cuba Joins the BRICS New Development Bank'},
  {fact: 'membership-cuba-ndb', quote: 'Cuba has officially joined the New…'},
  {fact: 'evt-cuba-joins-ndb', quote: 'Cuba Joins the BRICS New Development Bank'},
  {fact: 'att-ndb-cuba', quote: 'Cuba has officially joined the New…'},
  {fact: 'evt-brics-2025-summit', quote: 'Cuba Amplifies Voice of the Global South at BRICS 2025 in Brazil'},
  {fact: 'att-brics-2025-cuba', quote: 'Cuba took center stage at the 17th BRICS 2025 in Rio de Janeiro this weekend'},
  {fact: 'evt-fihav-2025', quote: 'FIHAV 2025 Set for this November'},
  {fact: 'evt-fihav-2025', quote: 'Cuba has confirmed the 41st edition of the Havana International Fair (FIHAV 2025) will take…'},
  {fact: 'evt-westjet-ceo-meets-diaz-canel', quote: 'WestJet CEO Alexis von Hoensbroech met Wednesday with Cuban President Miguel Díaz-Canel in Havana, a high-level meeting…'},
  {fact: 'att-westjet-diaz-canel', quote: 'met Wednesday with Cuban President Miguel Díaz-Canel in Havana'},
  {fact: 'att-westjet-ceo', quote: 'WestJet CEO Alexis von Hoensbroech met Wednesday'}
] AS citations
UNWIND range(0, size(citations) - 1) AS i
WITH s, citations[i] AS c, i
MATCH (fact {id: c.fact})
CREATE (citation:Citation {id: 'cit-9f9a7992-' + toString(i + 1), quote: c.quote})
CREATE (citation)-[:SUPPORTS]->(fact), (citation)-[:FROM_SOURCE]->(s);
