package org.treatygraph.system.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.treatygraph.system.ClientRateLimits;
import org.treatygraph.system.DatabaseOutages;
import org.treatygraph.system.ErrorBodies;
import org.treatygraph.system.ServiceMetrics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * HTTP Basic for the users the operator configures, bearer API tokens for scripts, and no
 * sessions or cookies. Whether a caller may run a mutation is decided on the mutation
 * itself, so the answer comes back as a GraphQL error ({@code UNAUTHORIZED} or
 * {@code FORBIDDEN}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccessProperties access, ApiTokens tokens,
			DatabaseOutages outages, ClientRateLimits rateLimits, ServiceMetrics metrics) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
			rateLimits.loginFailed(ClientRateLimits.address(request));
			writeUnauthorized(response, "wrong user name, password or API token");
		};
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response,
					failure) -> writeUnauthorized(response, "reads need a user or API token on this service")))
			.addFilterBefore(new ClientThrottles.FailedLogins(rateLimits, metrics), BasicAuthenticationFilter.class)
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, access, unauthorized, outages),
					BasicAuthenticationFilter.class)
			.addFilterAfter(new ClientThrottles.SlowRequests(rateLimits, metrics), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> {
				requests
					.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
							"/actuator/prometheus")
					.permitAll();
				requests.requestMatchers("/actuator/**").hasRole(AccessProperties.Role.ADMIN.name());
				if (access.openReads()) {
					requests.anyRequest().permitAll();
				}
				else {
					requests
						.requestMatchers(HttpMethod.GET, "/", "/page/**", "/graphiql", "/graphiql/**", "/webjars/**")
						.permitAll();
					requests.anyRequest().authenticated();
				}
			});
		return http.build();
	}

	/**
	 * With an observation registry present Spring Security wraps every filter of the
	 * chain, and every authorization, in an observation, even when the property
	 * {@code management.observations.enable.spring.security=false} drops what they
	 * record; the requests' own timings stay.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	UserDetailsService users(AccessProperties access) {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
		access.users()
			.forEach(user -> users.createUser(User.withUsername(user.name())
				.password(user.passwordHash().startsWith("{") ? user.passwordHash() : "{bcrypt}" + user.passwordHash())
				.roles(user.role().held().stream().map(Enum::name).toArray(String[]::new))
				.build()));
		return users;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// Hashes only: a password configured in clear text has no encoder and never
		// matches.
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder()));
	}

	private static void writeUnauthorized(HttpServletResponse response, String reason) throws java.io.IOException {
		ErrorBodies.write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", "Unauthorized: " + reason);
	}

	/**
	 * Basic sign-in checks each user and password with BCrypt once per
	 * {@code treatygraph.security.verified-password-ttl}, and unknown users at the same
	 * cost as known ones.
	 */
	@Bean
	VerifiedPasswords verifiedPasswords(UserDetailsService users, PasswordEncoder encoder, AccessProperties access) {
		return new VerifiedPasswords(users, encoder, access, access.verifiedPasswordTtl());
	}

}
