// The keys under which curators' creates recognise the seed article's nodes (see V0005).
UNWIND [
  ['Person', 'person-bruno-rodriguez-parrilla', 'bruno rodriguez parrilla|'],
  ['Person', 'person-sergey-lavrov', 'sergey lavrov|'],
  ['Person', 'person-rodolfo-reyes-rodriguez', 'rodolfo reyes rodriguez|'],
  ['Person', 'person-miguel-diaz-canel', 'miguel diaz canel|'],
  ['Person', 'person-alexis-von-hoensbroech', 'alexis von hoensbroech|'],
  ['Organization', 'org-minrex', 'ministry of foreign affairs of cuba|CU'],
  ['Organization', 'org-mfa-russia', 'ministry of foreign affairs of the russian federation|RU'],
  ['Organization', 'org-cuba-mission-un', 'permanent mission of cuba to the united nations|CU'],
  ['Organization', 'org-biocubafarma', 'biocubafarma|CU'],
  ['Organization', 'org-skolkovo', 'skolkovo center|RU'],
  ['Organization', 'org-westjet', 'westjet|CA'],
  ['Organization', 'org-cuba-business-report', 'cuba business report|'],
  ['Organization', 'org-un', 'united nations|'],
  ['Organization', 'org-brics', 'brics|'],
  ['Organization', 'org-ndb', 'new development bank|'],
  ['Place', 'place-new-york-city', 'new york city|CITY|US'],
  ['Place', 'place-un-headquarters', 'united nations headquarters|VENUE|place-new-york-city'],
  ['Place', 'place-havana', 'havana|CITY|CU'],
  ['Place', 'place-rio-de-janeiro', 'rio de janeiro|CITY|BR'],
  ['Event', 'evt-pcp-signing-ceremony', 'signing ceremony of the cuba russia political consultation plan|'],
  ['Event', 'evt-cuba-joins-ndb', 'cuba joins the new development bank|'],
  ['Event', 'evt-brics-2025-summit', '17th brics summit brics 2025|2025'],
  ['Event', 'evt-fihav-2025', 'havana international fair fihav 2025|2025-11'],
  ['Event', 'evt-westjet-ceo-meets-diaz-canel', 'westjet ceo alexis von hoensbroech meets president miguel diaz canel|'],
  ['Agreement', 'agr-cu-ru-political-consultation-plan', 'CONSULTATION_PLAN|cuba russia political consultation plan|CU,RU'],
  ['Agreement', 'agr-biocubafarma-skolkovo-pharmaceutical-exports',
   'TRADE_ACCORD|biocubafarma skolkovo center accord on exporting cuban pharmaceuticals to russia|org-biocubafarma,org-skolkovo'],
  ['Agreement', 'agr-cu-ru-further-trade-agreements', 'TRADE_ACCORD|further cuba russia agreements on trade and bilateral relations|CU,RU']
] AS entry
MATCH (n {id: entry[1]}) WHERE entry[0] IN labels(n)
SET n.naturalKey = entry[2];
