package org.treatygraph.system.migration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CypherStatementsTests {

	@Test
	void shouldSplitAtSemicolonsEndingStatements() {
		assertThat(CypherStatements.split("CREATE (a);\nCREATE (b);\n")).containsExactly("CREATE (a)", "CREATE (b)");
	}

	@Test
	void shouldKeepSemicolonsInsideStringsAndDropComments() {
		String script = """
				// a comment; with a semicolon
				CREATE (:Source {text: 'one; two', other: "three; \\"four;\\""});
				CREATE (:X {`odd;name`: 1})
				""";
		assertThat(CypherStatements.split(script)).containsExactly(
				"CREATE (:Source {text: 'one; two', other: \"three; \\\"four;\\\"\"})", "CREATE (:X {`odd;name`: 1})");
	}

	@Test
	void shouldRecognizeSchemaOnlyMigrations() {
		assertThat(Migration.fromFile("V0001__Indexes.cypher",
				"CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;\nCREATE FULLTEXT INDEX b IF NOT EXISTS FOR (n:A) ON EACH [n.name];")
			.changesSchema()).isTrue();
		assertThat(Migration
			.fromFile("V0002__Data.cypher", "CREATE INDEX x IF NOT EXISTS FOR (n:A) ON (n.x);\nCREATE (:A);")
			.changesSchema()).isFalse();
	}

	@Test
	void shouldReadVersionAndDescriptionFromTheFileName() {
		Migration migration = Migration.fromFile("V0003__Seed_cuba_article.cypher", "RETURN 1");
		assertThat(migration.version()).isEqualTo(3);
		assertThat(migration.description()).isEqualTo("Seed cuba article");
	}

}
