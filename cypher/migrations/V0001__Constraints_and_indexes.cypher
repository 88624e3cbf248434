// Natural keys first: every node the API hands out is found again by its id, and the same real
// thing cannot be entered twice.
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT country_alpha3 IF NOT EXISTS FOR (n:Country) REQUIRE n.alpha3 IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT party_id IF NOT EXISTS FOR (n:Party) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT signature_id IF NOT EXISTS FOR (n:Signature) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT action_id IF NOT EXISTS FOR (n:AgreementAction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT attendance_id IF NOT EXISTS FOR (n:Attendance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT membership_id IF NOT EXISTS FOR (n:Membership) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tenure_id IF NOT EXISTS FOR (n:Tenure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_content_hash IF NOT EXISTS FOR (n:Source) REQUIRE n.contentHash IS UNIQUE;
CREATE CONSTRAINT source_url IF NOT EXISTS FOR (n:Source) REQUIRE n.url IS UNIQUE;
CREATE CONSTRAINT citation_id IF NOT EXISTS FOR (n:Citation) REQUIRE n.id IS UNIQUE;

// Sorting and range filters used by the list queries.
CREATE INDEX agreement_title IF NOT EXISTS FOR (n:Agreement) ON (n.title);
CREATE INDEX agreement_kind IF NOT EXISTS FOR (n:Agreement) ON (n.kind);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX action_date IF NOT EXISTS FOR (n:AgreementAction) ON (n.date);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);

// One box finds everything: names, aliases and titles, folded so "Rodriguez" finds "Rodríguez".
CREATE FULLTEXT INDEX names IF NOT EXISTS
FOR (n:Country|Person|Organization|Place|Event|Agreement|Source)
ON EACH [n.name, n.aliases, n.title, n.acronym]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
