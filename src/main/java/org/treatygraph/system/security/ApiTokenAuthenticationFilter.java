package org.treatygraph.system.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.treatygraph.system.DatabaseOutages;
import org.treatygraph.system.ErrorBodies;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in requests that carry {@code Authorization: Bearer tg_...} as the token's owner,
 * checked on every use against the users the operator configures now: a token of a user
 * no longer listed is refused, and a token acts at most in its owner's current role, so
 * removing or demoting a user disables or lowers their tokens at once.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final AccessProperties access;

	private final AuthenticationEntryPoint unauthorized;

	private final DatabaseOutages outages;

	ApiTokenAuthenticationFilter(ApiTokens tokens, AccessProperties access, AuthenticationEntryPoint unauthorized,
			DatabaseOutages outages) {
		this.tokens = tokens;
		this.outages = outages;
		this.access = access;
		this.unauthorized = unauthorized;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiTokens.Holder> holder;
		try {
			holder = this.tokens.authenticate(header.substring(BEARER.length()).strip());
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutages.isUnavailable(ex)) {
				throw ex;
			}
			writeUnavailable(response, this.outages.record(ex));
			return;
		}
		Optional<AccessProperties.User> owner = holder.flatMap((token) -> this.access.user(token.owner()));
		if (holder.isEmpty() || owner.isEmpty()) {
			this.unauthorized.commence(request, response, new BadCredentialsException(
					"unknown, revoked or expired API token, or its owner is no longer a user"));
			return;
		}
		AccessProperties.Role role = holder.get().role().atMost(owner.get().role());
		List<SimpleGrantedAuthority> authorities = new ArrayList<>();
		role.held().forEach((held) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + held.name())));
		authorities.add(new SimpleGrantedAuthority("API_TOKEN"));
		var authentication = UsernamePasswordAuthenticationToken.authenticated(holder.get().owner(), null, authorities);
		SecurityContextHolder.getContext().setAuthentication(authentication);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * Tokens are checked in Neo4j, so while it is away a token cannot be: 503 with the
	 * GraphQL error a query would have had.
	 */
	private static void writeUnavailable(HttpServletResponse response, String id) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		ErrorBodies.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "UNAVAILABLE",
				DatabaseOutages.message(id), ",\"errorId\":\"%s\"".formatted(id));
	}

}
