// The search box finds a node by its identifiers too (typing Q241 finds Cuba): the full-text index
// over names is dropped here and made again with the identifier properties by V0014 (an index is
// not changed in place, and one transaction cannot drop and create the same name).
DROP INDEX names IF EXISTS;
