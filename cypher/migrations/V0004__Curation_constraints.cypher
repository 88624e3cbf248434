// The write side: retried mutations, identical creates and history must hold by constraint,
// not by luck of timing.
CREATE CONSTRAINT mutation_receipt_key IF NOT EXISTS FOR (n:MutationReceipt) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT agreement_natural_key IF NOT EXISTS FOR (n:Agreement) REQUIRE n.naturalKey IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE;
CREATE INDEX change_entity IF NOT EXISTS FOR (n:Change) ON (n.entityType, n.entityKey);
