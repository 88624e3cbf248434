package org.treatygraph.system.security;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, as {@code whoami} shows it and history records it.
 *
 * @param name user name, or {@code anonymous}
 * @param roles {@code CURATOR}, {@code READER}, or none
 * @param authenticatedBy {@code BASIC}, {@code API_TOKEN} or {@code ANONYMOUS}
 */
public record Caller(String name, List<String> roles, String authenticatedBy) {

	static final Caller ANONYMOUS = new Caller("anonymous", List.of(), "ANONYMOUS");

	/** The caller of the current request. */
	public static Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		List<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.toList();
		return new Caller(authentication.getName(),
				authorities.stream().filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).toList(),
				authorities.contains("API_TOKEN") ? "API_TOKEN" : "BASIC");
	}

	public boolean isCurator() {
		return this.roles.contains(AccessProperties.Role.CURATOR.name());
	}

}
