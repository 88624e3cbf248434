package org.treatygraph.merge;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.CuratorTest;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Merging two records of one person")
class MergeTests extends CuratorTest {

	private static final String TEXT = "Ambassador Yuri Petrov presented his credentials; Y. Petrov later chaired the talks.";

	private String person(String name, String disambiguation) {
		return asCurator()
			.document("mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }")
			.variable("input", Map.of("name", name, "disambiguation", disambiguation))
			.execute()
			.path("createPerson.person.id")
			.entity(String.class)
			.get();
	}

	private void tenure(String person, String post, String quote) {
		asCurator().document("mutation($input: RecordTenureInput!) { recordTenure(input: $input) { tenure { id } } }")
			.variable("input",
					Map.of("personId", person, "post", post, "within", "RU", "citations",
							List.of(Map.of("source", Map.of("title", "Credentials", "text", TEXT), "quote", quote))))
			.execute()
			.path("recordTenure.tenure.id")
			.hasValue();
	}

	@Test
	@DisplayName("the survivor keeps every fact and name, and the duplicate's id resolves to it")
	void shouldKeepEveryFactAndResolveTheOldId() {
		String petrov = person("Yuri Petrov", "Russian ambassador");
		String duplicate = person("Y. Petrov", "entered from another article");
		tenure(petrov, "Ambassador", "Ambassador Yuri Petrov presented his credentials");
		tenure(duplicate, "Chair of the talks", "Y. Petrov later chaired the talks");

		asCurator().documentName("mergeAndReadTheSurvivor")
			.variable("input", Map.of("survivorId", petrov, "duplicateId", duplicate, "reason", "Same ambassador"))
			.execute()
			.path("merge.survivor.id")
			.entity(String.class)
			.isEqualTo(petrov)
			.path("merge.survivor.aliases")
			.entityList(String.class)
			.containsExactly("Y. Petrov")
			.path("merge.survivor.tenures[*].post")
			.entityList(String.class)
			.contains("Ambassador", "Chair of the talks");

		this.graphQl.document("query($id: ID!) { node(id: $id) { id ... on Person { name } } }")
			.variable("id", duplicate)
			.execute()
			.path("node.id")
			.entity(String.class)
			.isEqualTo(petrov)
			.path("node.name")
			.entity(String.class)
			.isEqualTo("Yuri Petrov");
		this.graphQl.document("{ persons(name: \"petrov\") { totalCount } }")
			.execute()
			.path("persons.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
		this.graphQl.document("query($id: ID!) { history(id: $id) { edges { node { operation after } } } }")
			.variable("id", duplicate)
			.execute()
			.path("history.edges[*].node.operation")
			.entityList(String.class)
			.containsExactly("createPerson", "merge");
		assertThat(this.neo4j.query("MATCH (m:Merged {name: 'Y. Petrov'}) RETURN count(m)").fetchAs(Long.class).one())
			.as("nothing deleted")
			.contains(1L);
	}

	@Test
	@DisplayName("a person cannot be merged into an organisation, nor into itself")
	void shouldRefuseMismatchedMerges() {
		String petrov = person("Yuri Petrov", "Russian ambassador");
		String minrex = this.graphQl.document("{ organizations(name: \"minrex\") { edges { node { id } } } }")
			.execute()
			.path("organizations.edges[0].node.id")
			.entity(String.class)
			.get();
		String before = graphSize();
		Map<Map<String, Object>, String> refusals = Map.of(
				Map.of("survivorId", minrex, "duplicateId", petrov, "reason", "x"),
				"is a Person and cannot be merged into an Organization",
				Map.of("survivorId", petrov, "duplicateId", petrov, "reason", "x"), "is the survivor itself");
		refusals.forEach((input, reason) -> asCurator()
			.document("mutation($input: MergeInput!) { merge(input: $input) { clientMutationId } }")
			.variable("input", input)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "input.duplicateId");
				assertThat(error.getMessage()).endsWith(reason);
			})));
		assertThat(graphSize()).isEqualTo(before);
	}

}
