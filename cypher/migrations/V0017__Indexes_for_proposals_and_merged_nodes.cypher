// Every node a statement looks up by id is found through an index. Proposals and merged
// duplicates had none, so the lookup of a node of any type (NodeLookup, behind the history,
// citations and retractions of every mutation) read every proposal and every merged node.
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE;
// A source's proposals are listed, and replaced when the source is read again, by its key.
CREATE INDEX proposal_source_key IF NOT EXISTS FOR (n:Proposal) ON (n.sourceKey);
// A merged duplicate keeps the id it had under its own label, which holds it unique already.
CREATE INDEX merged_id IF NOT EXISTS FOR (n:Merged) ON (n.id);
