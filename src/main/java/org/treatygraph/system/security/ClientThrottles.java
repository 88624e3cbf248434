package org.treatygraph.system.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.treatygraph.system.ClientRateLimits;
import org.treatygraph.system.ErrorBodies;
import org.treatygraph.system.ServiceMetrics;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The two throttles of {@link ClientRateLimits} at the door: one before sign-in, so a
 * guesser past its allowance costs no password check, and one after, so a client whose
 * requests keep taking long waits before sending more.
 */
final class ClientThrottles {

	private ClientThrottles() {
	}

	/** Refuses credentials from an address that failed to sign in too often. */
	static final class FailedLogins extends OncePerRequestFilter {

		private final ClientRateLimits limits;

		private final ServiceMetrics metrics;

		FailedLogins(ClientRateLimits limits, ServiceMetrics metrics) {
			this.limits = limits;
			this.metrics = metrics;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
				long wait = this.limits.loginRefusedFor(ClientRateLimits.address(request));
				if (wait > 0) {
					this.metrics.rateLimited("failed-logins-per-minute");
					ErrorBodies.tooManyRequests(response, wait, "failed sign-ins",
							"treatygraph.rate-limits.failed-logins-per-minute");
					return;
				}
			}
			chain.doFilter(request, response);
		}

	}

	/** Refuses GraphQL requests from a client whose requests took long too often. */
	static final class SlowRequests extends OncePerRequestFilter {

		private final ClientRateLimits limits;

		private final ServiceMetrics metrics;

		SlowRequests(ClientRateLimits limits, ServiceMetrics metrics) {
			this.limits = limits;
			this.metrics = metrics;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !"/graphql".equals(request.getRequestURI());
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String client = ClientRateLimits.currentClient();
			long wait = this.limits.requestsRefusedFor(client);
			if (wait > 0) {
				this.metrics.rateLimited("slow-requests-per-minute");
				ErrorBodies.tooManyRequests(response, wait, "slow requests",
						"treatygraph.rate-limits.slow-requests-per-minute");
				return;
			}
			long start = System.nanoTime();
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (this.limits.isSlow(Duration.ofNanos(System.nanoTime() - start))) {
					this.limits.slowRequestAnswered(client);
				}
			}
		}

	}

}
