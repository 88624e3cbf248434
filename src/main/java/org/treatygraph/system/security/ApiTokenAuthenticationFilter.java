package org.treatygraph.system.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in requests that carry {@code Authorization: Bearer tg_...} as the token's owner.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final AuthenticationEntryPoint unauthorized;

	ApiTokenAuthenticationFilter(ApiTokens tokens, AuthenticationEntryPoint unauthorized) {
		this.tokens = tokens;
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
		var holder = this.tokens.authenticate(header.substring(BEARER.length()).strip());
		if (holder.isEmpty()) {
			this.unauthorized.commence(request, response, new BadCredentialsException("unknown or revoked API token"));
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(holder.get().owner(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + holder.get().role().name()),
						new SimpleGrantedAuthority("API_TOKEN")));
		SecurityContextHolder.getContext().setAuthentication(authentication);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
