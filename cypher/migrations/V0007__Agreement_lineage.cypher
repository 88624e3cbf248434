// Links between agreements (amends, supersedes, implements, renews) are facts with citations.
CREATE CONSTRAINT agreement_link_id IF NOT EXISTS FOR (n:AgreementLink) REQUIRE n.id IS UNIQUE;
