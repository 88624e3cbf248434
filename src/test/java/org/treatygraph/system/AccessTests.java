package org.treatygraph.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.treatygraph.CuratorTest;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Who may write")
class AccessTests extends CuratorTest {

	// language=GraphQL
	private static final String ADD_SOURCE = """
			mutation { addSource(input: { source: { title: "A report", url: "https://example.org/report" } }) {
			  source { id } created } }
			""";

	@Nested
	@DisplayName("whoami")
	class Whoami {

		@Test
		void shouldKnowAnonymousCallers() {
			AccessTests.this.graphQl.document("{ whoami { name roles authenticatedBy } }")
				.execute()
				.path("whoami.name")
				.entity(String.class)
				.isEqualTo("anonymous")
				.path("whoami.authenticatedBy")
				.entity(String.class)
				.isEqualTo("ANONYMOUS");
		}

		@Test
		void shouldKnowACuratorSignedInWithBasic() {
			asCurator().document("{ whoami { name roles authenticatedBy } }")
				.execute()
				.path("whoami.name")
				.entity(String.class)
				.isEqualTo(CURATOR)
				.path("whoami.roles")
				.entityList(String.class)
				.containsExactly("CURATOR")
				.path("whoami.authenticatedBy")
				.entity(String.class)
				.isEqualTo("BASIC");
		}

	}

	@Test
	@DisplayName("an anonymous caller gets UNAUTHORIZED and nothing is written")
	void shouldRefuseAnonymousMutations() {
		String before = graphSize();
		expectError(this.graphQl.document(ADD_SOURCE).execute(), ErrorType.UNAUTHORIZED);
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	@DisplayName("a reader gets FORBIDDEN and nothing is written")
	void shouldRefuseReadersMutations() {
		String before = graphSize();
		expectError(as(READER, READER_PASSWORD).document(ADD_SOURCE).execute(), ErrorType.FORBIDDEN);
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	@DisplayName("a wrong password gets HTTP 401 with an UNAUTHORIZED error, even for reads")
	void shouldRefuseWrongPasswords() {
		this.http.post()
			.uri("/graphql")
			.headers(headers -> headers.setBasicAuth(CURATOR, "not-the-password"))
			.bodyValue(java.util.Map.of("query", "{ whoami { name } }"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("UNAUTHORIZED");
	}

	@Test
	@DisplayName("a curator's API token writes until it is revoked")
	void shouldAcceptApiTokensUntilRevoked() {
		var created = asCurator()
			.document("mutation { createApiToken(input: { name: \"import script\" }) { token apiToken { id name } } }")
			.execute();
		String token = created.path("createApiToken.token").entity(String.class).get();
		String id = created.path("createApiToken.apiToken.id").entity(String.class).get();
		assertThat(token).startsWith("tg_");
		var withToken = this.graphQl.mutate().headers(headers -> headers.setBearerAuth(token)).build();
		withToken.document("{ whoami { name authenticatedBy apiTokens { name revokedAt } } }")
			.execute()
			.path("whoami.name")
			.entity(String.class)
			.isEqualTo(CURATOR)
			.path("whoami.authenticatedBy")
			.entity(String.class)
			.isEqualTo("API_TOKEN")
			.path("whoami.apiTokens[0].name")
			.entity(String.class)
			.isEqualTo("import script");
		withToken.document(ADD_SOURCE).execute().path("addSource.created").entity(Boolean.class).isEqualTo(true);

		asCurator().document("mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { revokedAt } } }")
			.variable("id", id)
			.execute()
			.path("revokeApiToken.apiToken.revokedAt")
			.hasValue();
		this.http.post()
			.uri("/graphql")
			.headers(headers -> headers.setBearerAuth(token))
			.bodyValue(java.util.Map.of("query", ADD_SOURCE))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private static void expectError(GraphQlTester.Response response, ErrorType type) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(type);
			assertThat(error.getPath()).isEqualTo("addSource");
		}));
	}

}
