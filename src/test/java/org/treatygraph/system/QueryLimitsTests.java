package org.treatygraph.system;

import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every limit tried just under and just over, with the defaults: depth 15, 500 fields, 30
 * aliases, cost 50,000,000, 20,000 characters, 100 items in a list argument. A refused
 * query runs no Cypher.
 */
@DisplayName("Query limits")
class QueryLimitsTests extends GraphQlIntegrationTest {

	@Autowired
	private GraphQlSource graphQlSource;

	/**
	 * A query nested {@code depth} levels deep, walking from a country's organisations up
	 * the organisations they are part of.
	 */
	private static String nested(int depth) {
		return "{ country(code: \"CU\") { organizations {" + " partOf {".repeat(depth - 3) + " name"
				+ " }".repeat(depth - 3) + " } } }";
	}

	/**
	 * The query that once took the service down: unpaged lists four deep, each
	 * multiplying the work of the next.
	 */
	private static final String FAN_OUT = "{ country(code: \"BR\") { signatures { signer { signatures { agreement { signatures { signer { signatures { agreement { title } } } } } } } } } }";

	/** {@code count} aliased copies of one cheap field. */
	private static String aliases(int count) {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < count; i++) {
			query.append(" c").append(i).append(": country(code: \"CU\") { code }");
		}
		return query.append(" }").toString();
	}

	private static String countriesWithAgreements(int countries, int agreements, String selection) {
		return "{ countries(first: %d) { edges { node { agreements(first: %d) { edges { node { %s } } } } } } }"
			.formatted(countries, agreements, selection);
	}

	@Test
	@DisplayName("GraphiQL's introspection gets the whole schema: every type, field and value, none cut by the caps on lists")
	void shouldDescribeTheWholeSchemaToGraphiQl() {
		var response = this.graphQl.documentName("introspectTheSchemaAsGraphiQlDoes").execute();
		response.errors().verify();
		assertThat(response.returnResponse().getExtensions()).doesNotContainKey("truncated");
		GraphQLSchema schema = this.graphQlSource.schema();
		assertThat(response.path("__schema.types[*].name").entityList(String.class).get())
			.containsExactlyInAnyOrderElementsOf(
					schema.getAllTypesAsList().stream().map(GraphQLNamedType::getName).toList());
		response.path("__schema.types[?(@.name == 'Query')].fields[*].name")
			.entityList(String.class)
			.hasSize(schema.getQueryType().getFieldDefinitions().size());
	}

	@Test
	@DisplayName("14 levels, just under the depth limit of 15, are answered")
	void shouldAnswerAQueryUnderTheDepthLimit() {
		var response = this.graphQl.document(nested(14)).execute();
		response.errors().verify();
		response.path("country.organizations").hasValue();
	}

	@Test
	@DisplayName("Deeper queries are refused whole, naming the limit and the depth found")
	void shouldRefuseADeeperQuery() {
		assertRefused(nested(18), "treatygraph.limits.max-depth", 15, 18);
	}

	@Test
	@DisplayName("15 aliases are answered (under 30); 31 are refused, naming the limit")
	void shouldLimitAliases() {
		this.graphQl.document(aliases(15)).execute().errors().verify();
		assertRefused(aliases(31), "treatygraph.limits.max-aliases", 30, 31);
	}

	@Test
	@DisplayName("The cost is the worst case: 100 × 100 agreements with their parties are answered, with the signatures of each signer refused")
	void shouldLimitCost() {
		this.graphQl.document(countriesWithAgreements(100, 100, "parties { role }")).execute().errors().verify();
		// countries, edges, node, agreements: 1 + 100 × 3; edges, node, signatures: 100 ×
		// 100 × 3; signer, signatures: 100 × 100 × 250 each; post: 100 × 100 × 250 × 100
		assertRefused(countriesWithAgreements(100, 100, "signatures { signer { signatures { post } } }"),
				"treatygraph.limits.max-cost", 50000000, 255030301);
	}

	@Test
	@DisplayName("The fan-out query through unpaged lists is refused at once, before any Cypher runs")
	void shouldRefuseAFanOutThroughUnpagedLists() {
		// country, signatures: 2; signer, signatures: 100 each; agreement, signatures:
		// 100 ×
		// 100 each; signer, signatures: 100 × 100 × 250 each; agreement, title: 100 × 100
		// ×
		// 250 × 100 each
		assertRefused(FAN_OUT, "treatygraph.limits.max-cost", 50000000, 505020202);
	}

	@Test
	@DisplayName("A document over 20,000 characters is refused before it is parsed")
	void shouldLimitDocumentSize() {
		String padding = " ".repeat(20000 - "{ __typename }".length());
		this.graphQl.document("{ __typename }" + padding).execute().errors().verify();
		assertRefused("{ __typename }" + padding + " ", "treatygraph.limits.max-document-size", 20000, 20001);
	}

	@Test
	@DisplayName("100 ids in one list argument are answered, 101 refused")
	void shouldLimitListArguments() {
		String id = GlobalId.encode(NodeType.COUNTRY, "nowhere");
		String hundred = "[" + ("\"" + id + "\",").repeat(100) + "]";
		this.graphQl.document("{ nodes(ids: " + hundred + ") { id } }").execute().errors().verify();
		String more = "[" + ("\"" + id + "\",").repeat(101) + "]";
		assertRefused("{ nodes(ids: " + more + ") { id } }", "treatygraph.limits.max-batch", 100, 101);
	}

	@Test
	@DisplayName("501 fields are refused, naming the field limit")
	void shouldLimitFields() {
		StringBuilder query = new StringBuilder("{ country(code: \"CU\") {");
		for (int i = 0; i < 500; i++) {
			query.append(" f").append(i % 20).append(": code");
		}
		query.append(" } }");
		assertRefused(query.toString(), "treatygraph.limits.max-fields", 500, 501);
	}

	@Test
	@DisplayName("a list inside an input object counts too: 101 countries in filter.involving are refused, naming it")
	void shouldLimitListsInsideInputs() {
		String countries = java.util.Collections.nCopies(101, "\"BR\"").toString();
		assertRefused("{ agreements(filter: { involving: " + countries + " }) { totalCount } }",
				"treatygraph.limits.max-batch", 100, 101);
		this.graphQl.document("{ agreements(filter: { involving: " + countries + " }) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "filter.involving")));
	}

	@Test
	@DisplayName("a refused document sent again is refused again: parsed documents are cached, the limits are not")
	void shouldRefuseARepeatedDocumentEachTime() {
		assertRefused(aliases(32), "treatygraph.limits.max-aliases", 30, 32);
		assertRefused(aliases(32), "treatygraph.limits.max-aliases", 30, 32);
	}

	private void assertRefused(String document, String limit, long max, long measured) {
		long before = this.statements.count();
		this.graphQl.document(document).execute().errors().satisfy(errors -> {
			ResponseError error = errors.stream()
				.filter(candidate -> limit.equals(candidate.getExtensions().get("limit")))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no error names " + limit + ": " + errors));
			assertThat(error.getMessage()).contains(limit)
				.contains(Long.toString(max))
				.contains(Long.toString(measured));
			assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")
				.containsEntry("max", (int) max)
				.containsEntry("measured", (int) measured);
		});
		assertThat(this.statements.count()).as("Cypher statements run for a refused query").isEqualTo(before);
	}

}
