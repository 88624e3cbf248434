// A citation keeps the id of the fact it supports, indexed, so the citations of facts of any
// type are found by one fixed statement with an index seek, without naming the fact's label.
// The property is filled by V0010 (a schema change and writes cannot share a transaction);
// from there on every write that cites sets it (Citations, the bulk loader).
CREATE INDEX citation_fact_key IF NOT EXISTS FOR (n:Citation) ON (n.factKey);
