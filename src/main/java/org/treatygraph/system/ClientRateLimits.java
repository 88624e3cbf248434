package org.treatygraph.system;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What one client may not do without limit, each a token bucket per client (Bucket4j):
 * fail to sign in, and send expensive requests, those that took long to answer. Both are
 * counted after the fact and refused before any work once the allowance is spent, so a
 * refused request costs the service nothing. A client is its user when signed in, its
 * address otherwise; behind a proxy, set {@code server.forward-headers-strategy} so the
 * address is the client's and not the proxy's.
 */
@Component
public class ClientRateLimits {

	/** Most clients remembered; the least recently seen are forgotten first. */
	private static final int MAX_CLIENTS = 10_000;

	private final Properties properties;

	private final Map<String, Bucket> failedLogins = lru();

	private final Map<String, Bucket> slowRequests = lru();

	public ClientRateLimits(Properties properties) {
		this.properties = properties;
	}

	/** Seconds the client must wait before signing in again; 0 when it may now. */
	public long loginRefusedFor(String client) {
		return refusedFor(this.failedLogins, client);
	}

	public void loginFailed(String client) {
		bucket(this.failedLogins, client, () -> perMinute(this.properties.failedLoginsPerMinute())).tryConsume(1);
	}

	/** Whether a request that took this long counts against the client's allowance. */
	public boolean isSlow(Duration took) {
		return took.compareTo(this.properties.slowRequest()) > 0;
	}

	public void slowRequestAnswered(String client) {
		bucket(this.slowRequests, client, () -> perMinute(this.properties.slowRequestsPerMinute())).tryConsume(1);
	}

	/**
	 * Seconds the client must wait before its next request; 0 when it may send it now.
	 */
	public long requestsRefusedFor(String client) {
		return refusedFor(this.slowRequests, client);
	}

	/** The caller of the current request: its user when signed in, else its address. */
	public static String currentClient() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "user:" + authentication.getName();
		}
		HttpServletRequest request = currentRequest();
		return (request != null) ? address(request) : "unknown";
	}

	public static String address(HttpServletRequest request) {
		return "address:" + request.getRemoteAddr();
	}

	public static @Nullable HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet)
				? servlet.getRequest() : null;
	}

	private static long refusedFor(Map<String, Bucket> buckets, String client) {
		Bucket bucket = buckets.get(client);
		if (bucket == null) {
			return 0;
		}
		var estimate = bucket.estimateAbilityToConsume(1);
		return estimate.canBeConsumed() ? 0 : seconds(estimate.getNanosToWaitForRefill());
	}

	private static Bucket perMinute(int count) {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(count).refillGreedy(count, Duration.ofMinutes(1)))
			.build();
	}

	private static Bucket bucket(Map<String, Bucket> buckets, String client, Supplier<Bucket> create) {
		synchronized (buckets) {
			return buckets.computeIfAbsent(client, (key) -> create.get());
		}
	}

	private static long seconds(long nanos) {
		return Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1);
	}

	private static Map<String, Bucket> lru() {
		return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > MAX_CLIENTS;
			}
		});
	}

	/**
	 * Rate limits per client.
	 *
	 * @param failedLoginsPerMinute failed sign-ins (password or token) a client may make
	 * per minute; past them it gets 429 with {@code Retry-After} until the allowance
	 * refills
	 * @param slowRequest how long a request must take to count as expensive
	 * @param slowRequestsPerMinute expensive requests a client may send per minute; past
	 * them its requests get 429 with {@code Retry-After} until the allowance refills
	 */
	@ConfigurationProperties("treatygraph.rate-limits")
	public record Properties(@DefaultValue("10") int failedLoginsPerMinute, @DefaultValue("5s") Duration slowRequest,
			@DefaultValue("30") int slowRequestsPerMinute) {
	}

}
