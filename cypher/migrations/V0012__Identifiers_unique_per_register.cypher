// A node known to a register carries the label Identified and one property per register; each
// value names one node at most, and is found by the index its constraint brings.
CREATE CONSTRAINT identified_wikidata IF NOT EXISTS FOR (n:Identified) REQUIRE n.wikidata IS UNIQUE;
CREATE CONSTRAINT identified_unts_registration IF NOT EXISTS FOR (n:Identified) REQUIRE n.untsRegistration IS UNIQUE;
CREATE CONSTRAINT identified_official_code IF NOT EXISTS FOR (n:Identified) REQUIRE n.officialCode IS UNIQUE;
