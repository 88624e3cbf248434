package org.treatygraph.system;

import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.treatygraph.CuratorTest;
import org.treatygraph.system.security.AccessProperties;
import org.treatygraph.system.security.ApiTokens;

import org.springframework.beans.factory.annotation.Autowired;
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

	@Nested
	@DisplayName("API tokens answer to their owner's current standing")
	class TokensFollowTheirOwner {

		@Autowired
		ApiTokens tokens;

		@Test
		@DisplayName("a token whose owner the operator removed is refused with 401, reads included")
		void shouldRefuseATokenOfARemovedUser() {
			String token = this.tokens.create("left behind", "former-curator", AccessProperties.Role.CURATOR, 30)
				.secret();
			expectUnauthorized(token, "{ whoami { name } }");
			expectUnauthorized(token, ADD_SOURCE);
		}

		@Test
		@DisplayName("a token made while its owner was a curator acts as a reader once the owner is demoted")
		void shouldLowerATokenOfADemotedUser() {
			String token = this.tokens.create("old script", READER, AccessProperties.Role.CURATOR, 30).secret();
			GraphQlTester withToken = withToken(token);
			withToken.document("{ whoami { roles } }")
				.execute()
				.path("whoami.roles")
				.entityList(String.class)
				.containsExactly("READER");
			String before = graphSize();
			expectError(withToken.document(ADD_SOURCE).execute(), ErrorType.FORBIDDEN);
			assertThat(graphSize()).isEqualTo(before);
		}

		@Test
		@DisplayName("an expired token is refused with 401")
		void shouldRefuseAnExpiredToken() {
			ApiTokens.NewToken created = this.tokens.create("short-lived", CURATOR, AccessProperties.Role.CURATOR, 1);
			withToken(created.secret()).document("{ whoami { name } }")
				.execute()
				.path("whoami.name")
				.entity(String.class)
				.isEqualTo(CURATOR);
			AccessTests.this.neo4j.query("MATCH (t:ApiToken {id: $id}) SET t.expiresAt = datetime() - duration('PT1S')")
				.bind(created.token().id())
				.to("id")
				.run();
			expectUnauthorized(created.secret(), "{ whoami { name } }");
		}

		@Test
		@DisplayName("a new token expires in 90 days unless asked otherwise, and at most in 365")
		void shouldGiveEveryNewTokenAnExpiry() {
			asCurator().document(
					"mutation { createApiToken(input: { name: \"nightly\" }) { apiToken { createdAt expiresAt } } }")
				.execute()
				.path("createApiToken.apiToken")
				.entity(Map.class)
				.satisfies((token) -> assertThat(ZonedDateTime.parse((String) token.get("expiresAt")))
					.isEqualTo(ZonedDateTime.parse((String) token.get("createdAt")).plusDays(90)));
			asCurator()
				.document("mutation { createApiToken(input: { name: \"forever\", expiresInDays: 366 }) { token } }")
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getExtensions()).containsEntry("argument", "input.expiresInDays");
				}));
		}

		@Test
		@DisplayName("a token cannot mint another token: that takes a password")
		void shouldNotLetATokenMintTokens() {
			String token = this.tokens.create("script", CURATOR, AccessProperties.Role.CURATOR, 30).secret();
			withToken(token).document("mutation { createApiToken(input: { name: \"offspring\" }) { token } }")
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
		}

		@Test
		@DisplayName("an administrator lists everyone's tokens and revokes a curator's; a curator can do neither")
		void shouldLetAnAdministratorListAndRevokeAnyToken() {
			ApiTokens.NewToken curators = this.tokens.create("curator's script", CURATOR, AccessProperties.Role.CURATOR,
					30);
			String id = curators.token().id();
			as(ADMIN, ADMIN_PASSWORD).document("query($owner: String) { apiTokens(owner: $owner) { id owner } }")
				.variable("owner", CURATOR)
				.execute()
				.path("apiTokens[*].id")
				.entityList(String.class)
				.contains(id);
			asCurator().document("{ apiTokens { id } }")
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
			String adminsToken = this.tokens.create("admin's script", ADMIN, AccessProperties.Role.ADMIN, 30)
				.token()
				.id();
			asCurator().document("mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { id } } }")
				.variable("id", adminsToken)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));

			as(ADMIN, ADMIN_PASSWORD)
				.document("mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { owner revokedAt } } }")
				.variable("id", id)
				.execute()
				.path("revokeApiToken.apiToken.owner")
				.entity(String.class)
				.isEqualTo(CURATOR)
				.path("revokeApiToken.apiToken.revokedAt")
				.hasValue();
			expectUnauthorized(curators.secret(), "{ whoami { name } }");
		}

		@Test
		@DisplayName("an administrator can also do what a curator does")
		void shouldLetAnAdministratorCurate() {
			as(ADMIN, ADMIN_PASSWORD).document("{ whoami { roles } }")
				.execute()
				.path("whoami.roles")
				.entityList(String.class)
				.containsExactly("ADMIN", "CURATOR");
			as(ADMIN, ADMIN_PASSWORD).document(ADD_SOURCE).execute().errors().verify();
		}

		private GraphQlTester withToken(String token) {
			return AccessTests.this.graphQl.mutate().headers((headers) -> headers.setBearerAuth(token)).build();
		}

		private void expectUnauthorized(String token, String document) {
			AccessTests.this.http.post()
				.uri("/graphql")
				.headers((headers) -> headers.setBearerAuth(token))
				.bodyValue(Map.of("query", document))
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectBody()
				.jsonPath("$.errors[0].extensions.classification")
				.isEqualTo("UNAUTHORIZED");
		}

	}

	private static void expectError(GraphQlTester.Response response, ErrorType type) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(type);
			assertThat(error.getPath()).isEqualTo("addSource");
		}));
	}

}
