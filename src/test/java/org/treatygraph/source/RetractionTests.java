package org.treatygraph.source;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.CuratorTest;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Retraction, not deletion")
class RetractionTests extends CuratorTest {

	private static final String TEXT = "Cuba and Russia signed a protocol on sugar deliveries for 2026.";

	private String protocol;

	private String citation;

	@BeforeEach
	void enterAProtocol() {
		var created = asCurator().documentName("createAgreementWithCitations")
			.variable("input",
					Map.of("title", "Protocol on sugar deliveries", "kind", "TRADE_ACCORD", "parties",
							List.of(Map.of("actor", "CU"), Map.of("actor", "RU")), "citations",
							List.of(Map.of("source", Map.of("title", "Sugar protocol", "text", TEXT), "quote",
									"signed a protocol on sugar deliveries"))))
			.execute();
		this.protocol = created.path("createAgreement.agreement.id").entity(String.class).get();
		this.citation = created.path("createAgreement.agreement.citations[0].id").entity(String.class).get();
	}

	private GraphQlTester.Response retract(String id, String reason) {
		return asCurator().documentName("retract").variable("id", id).variable("reason", reason).execute();
	}

	@Test
	@DisplayName("a retracted agreement leaves the lists, stays visible on request, and history says why")
	void shouldHideARetractedFactButKeepIt() {
		this.graphQl.documentName("cubaRussiaAgreementsWithRetractions")
			.execute()
			.path("agreements.totalCount")
			.entity(Integer.class)
			.isEqualTo(4);
		retract(this.protocol, "The article confused the protocol with a 2016 one").path("retract.retraction.by")
			.entity(String.class)
			.isEqualTo(CURATOR);

		this.graphQl.documentName("cubaRussiaAgreementsWithRetractions")
			.execute()
			.path("agreements.totalCount")
			.entity(Integer.class)
			.isEqualTo(3);
		this.graphQl.documentName("cubaRussiaAgreementsWithRetractions")
			.variable("all", true)
			.execute()
			.path("agreements.edges[?(@.node.retraction)].node.retraction.reason")
			.entityList(String.class)
			.containsExactly("The article confused the protocol with a 2016 one");
		this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Agreement { title retraction { reason } } } }")
			.variable("id", this.protocol)
			.execute()
			.path("node.title")
			.entity(String.class)
			.isEqualTo("Protocol on sugar deliveries")
			.path("node.retraction.reason")
			.hasValue();
		this.graphQl.document("query($id: ID!) { history(id: $id) { edges { node { operation before after } } } }")
			.variable("id", this.protocol)
			.execute()
			.path("history.edges[*].node.operation")
			.entityList(String.class)
			.containsExactly("createAgreement", "retract");
		assertThat(this.neo4j.query("MATCH (a:Agreement {title: 'Protocol on sugar deliveries'}) RETURN count(a)")
			.fetchAs(Long.class)
			.one()).as("nothing deleted").contains(1L);
	}

	@Test
	@DisplayName("a retracted citation leaves its fact's citations")
	void shouldHideARetractedCitation() {
		retract(this.citation, "Quoted from the wrong paragraph");
		this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Agreement { citations { id } } } }")
			.variable("id", this.protocol)
			.execute()
			.path("node.citations")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	@DisplayName("a source that alone supports a fact is not retracted, and the refusal names the fact")
	void shouldRefuseToLeaveAFactWithoutASource() {
		String source = sourceOf(this.citation);
		String before = graphSize();
		expect(retract(source, "a rumour mill"), ErrorType.BAD_REQUEST, "input.id",
				"would leave 3 facts with no standing source: Agreement 'Protocol on sugar deliveries', "
						+ "Party 'Cuba — Protocol on sugar deliveries', Party 'Russia — Protocol on sugar deliveries'; "
						+ "cite them from another source, or retract them, first");
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	@DisplayName("a source whose only agreement was retracted first is retracted too: the agreement's parties no longer stand")
	void shouldRetractASourceAfterItsAgreement() {
		String source = sourceOf(this.citation);
		retract(this.protocol, "no such protocol was signed").path("retract.retraction.reason").hasValue();
		retract(source, "a rumour mill").path("retract.retraction.reason")
			.entity(String.class)
			.isEqualTo("a rumour mill");
	}

	@Test
	@DisplayName("a source whose facts stand on other sources too is retracted with its citations, and leaves the lists")
	void shouldRetractASourceWithItsCitations() {
		List<String> facts = new java.util.ArrayList<>(List.of(this.protocol));
		facts.addAll(this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Agreement { parties { id } } } }")
			.variable("id", this.protocol)
			.execute()
			.path("node.parties[*].id")
			.entityList(String.class)
			.get());
		for (String fact : facts) {
			asCurator().documentName("citeTheMinistry").variable("id", fact).execute().errors().verify();
		}
		String rumour = sourceOf(this.citation);

		retract(rumour, "a rumour mill").path("retract.retraction.reason")
			.entity(String.class)
			.isEqualTo("a rumour mill");

		this.graphQl
			.document("query($id: ID!) { node(id: $id) { ... on Agreement { citations { quote source { title } } } } }")
			.variable("id", this.protocol)
			.execute()
			.path("node.citations[*].source.title")
			.entityList(String.class)
			.containsExactly("Sugar protocol, as the ministry told it");
		this.graphQl.document(
				"query($ids: [ID!]!) { nodes(ids: $ids) { ... on Source { retraction { reason } } ... on Citation { retraction { reason } } } }")
			.variable("ids", List.of(rumour, this.citation))
			.execute()
			.path("nodes[*].retraction.reason")
			.entityList(String.class)
			.containsExactly("a rumour mill", "a rumour mill");
		this.graphQl.document("{ sources(first: 100) { edges { node { title } } } }")
			.execute()
			.path("sources.edges[*].node.title")
			.entityList(String.class)
			.doesNotContain("Sugar protocol")
			.contains("Sugar protocol, as the ministry told it");
	}

	private String sourceOf(String citation) {
		return this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Citation { source { id } } } }")
			.variable("id", citation)
			.execute()
			.path("node.source.id")
			.entity(String.class)
			.get();
	}

	@Test
	@DisplayName("bad retractions are refused and change nothing")
	void shouldRefuseBadRetractions() {
		String before = graphSize();
		expect(retract(GlobalId.encode(NodeType.COUNTRY, "CU"), "not a fact"), ErrorType.BAD_REQUEST, "input.id",
				"only facts, citations and sources");
		expect(retract(this.protocol, " "), ErrorType.BAD_REQUEST, "input.reason", "must not be empty");
		expect(retract(GlobalId.encode(NodeType.AGREEMENT, "agr-nowhere"), "gone"), ErrorType.NOT_FOUND, "input.id",
				"no Agreement has id");
		expect(as(READER, READER_PASSWORD).documentName("retract")
			.variable("id", this.protocol)
			.variable("reason", "x")
			.execute(), ErrorType.FORBIDDEN, null, "");
		assertThat(graphSize()).isEqualTo(before);
		retract(this.protocol, "first");
		expect(retract(this.protocol, "again"), ErrorType.BAD_REQUEST, "input.id", "already retracted");
	}

	private static void expect(GraphQlTester.Response response, ErrorType type, String argument, String reason) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(type);
			if (argument != null) {
				assertThat(error.getExtensions()).containsEntry("argument", argument);
			}
			assertThat(error.getMessage()).contains(reason);
		}));
	}

}
