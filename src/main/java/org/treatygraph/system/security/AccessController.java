package org.treatygraph.system.security;

import java.util.List;

import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.NotFoundException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** {@code whoami} and the curator's API tokens. */
@Controller
class AccessController {

	private static final int MAX_TOKEN_NAME = 100;

	private final ApiTokens tokens;

	AccessController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@QueryMapping
	Caller whoami() {
		return Caller.current();
	}

	@SchemaMapping(typeName = "Caller", field = "apiTokens")
	List<ApiTokens.Token> apiTokens(Caller caller) {
		return caller.isCurator() ? this.tokens.of(caller.name()) : List.of();
	}

	@MutationMapping
	@PreAuthorize("hasRole('CURATOR')")
	CreateApiTokenPayload createApiToken(@Argument CreateApiTokenInput input) {
		String name = input.name().strip();
		if (name.isEmpty() || name.length() > MAX_TOKEN_NAME) {
			throw new InvalidArgumentException("input.name",
					"must be 1 to %d characters, was %d".formatted(MAX_TOKEN_NAME, name.length()));
		}
		ApiTokens.NewToken created = this.tokens.create(name, Caller.current().name(), AccessProperties.Role.CURATOR);
		return new CreateApiTokenPayload(created.secret(), created.token());
	}

	@MutationMapping
	@PreAuthorize("hasRole('CURATOR')")
	RevokeApiTokenPayload revokeApiToken(@Argument RevokeApiTokenInput input) {
		return this.tokens.revoke(input.id(), Caller.current().name(), false)
			.map(RevokeApiTokenPayload::new)
			.orElseThrow(() -> new NotFoundException("input.id",
					"you have no API token with id '%s'".formatted(input.id())));
	}

	record CreateApiTokenInput(String name) {
	}

	record CreateApiTokenPayload(String token, ApiTokens.Token apiToken) {
	}

	record RevokeApiTokenInput(String id) {
	}

	record RevokeApiTokenPayload(ApiTokens.Token apiToken) {
	}

}
