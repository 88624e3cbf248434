// When sources give a fact different values (two dates for one signing), each value is a Claim
// of the fact, (:Claim)-[:CLAIM_OF]->(fact), citing the passages that give it through
// (:Claim)-[:STATED_IN]->(:Citation); the fact keeps one identity and carries `dispute`. Facts
// recorded before claims existed have none, since their sources never disagreed.
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
// A fact's claims are found by the id of the fact each claim keeps, as its citations are.
CREATE INDEX claim_fact_key IF NOT EXISTS FOR (c:Claim) ON (c.factKey);
