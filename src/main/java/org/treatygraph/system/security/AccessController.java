package org.treatygraph.system.security;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.NotFoundException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * {@code whoami}, the curators' API tokens, and the administrators' view of all of them.
 */
@Controller
class AccessController {

	private static final int MAX_TOKEN_NAME = 100;

	private static final int DEFAULT_TOKEN_DAYS = 90;

	private static final int MAX_TOKEN_DAYS = 365;

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

	@QueryMapping
	@PreAuthorize("hasRole('ADMIN')")
	List<ApiTokens.Token> apiTokens(@Argument @Nullable String owner, @Argument @Nullable Boolean includeRevoked) {
		return this.tokens.listed(owner, Boolean.TRUE.equals(includeRevoked));
	}

	/**
	 * Only with a password: a token that could mint tokens would outlive its own
	 * revocation.
	 */
	@MutationMapping
	@PreAuthorize("hasRole('CURATOR')")
	CreateApiTokenPayload createApiToken(@Argument CreateApiTokenInput input) {
		Caller caller = Caller.current();
		if ("API_TOKEN".equals(caller.authenticatedBy())) {
			throw new AccessDeniedException("API tokens are created with a password, not with another token");
		}
		String name = input.name().strip();
		if (name.isEmpty() || name.length() > MAX_TOKEN_NAME) {
			throw new InvalidArgumentException("input.name",
					"must be 1 to %d characters, was %d".formatted(MAX_TOKEN_NAME, name.length()));
		}
		int days = (input.expiresInDays() != null) ? input.expiresInDays() : DEFAULT_TOKEN_DAYS;
		if (days < 1 || days > MAX_TOKEN_DAYS) {
			throw new InvalidArgumentException("input.expiresInDays",
					"must be 1 to %d, was %d".formatted(MAX_TOKEN_DAYS, days));
		}
		AccessProperties.Role role = caller.roles().contains(AccessProperties.Role.ADMIN.name())
				? AccessProperties.Role.ADMIN : AccessProperties.Role.CURATOR;
		ApiTokens.NewToken created = this.tokens.create(name, caller.name(), role, days);
		return new CreateApiTokenPayload(created.secret(), created.token());
	}

	@MutationMapping
	@PreAuthorize("hasRole('CURATOR')")
	RevokeApiTokenPayload revokeApiToken(@Argument RevokeApiTokenInput input) {
		Caller caller = Caller.current();
		boolean admin = caller.roles().contains(AccessProperties.Role.ADMIN.name());
		return this.tokens.revoke(input.id(), caller.name(), admin)
			.map(RevokeApiTokenPayload::new)
			.orElseThrow(() -> new NotFoundException("input.id",
					"%s API token with id '%s'".formatted(admin ? "there is no" : "you have no", input.id())));
	}

	record CreateApiTokenInput(String name, @Nullable Integer expiresInDays) {
	}

	record CreateApiTokenPayload(String token, ApiTokens.Token apiToken) {
	}

	record RevokeApiTokenInput(String id) {
	}

	record RevokeApiTokenPayload(ApiTokens.Token apiToken) {
	}

}
