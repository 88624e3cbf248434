package org.treatygraph.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.stereotype.Component;

/**
 * A WebSocket connection may hold at most
 * {@code treatygraph.limits.max-subscriptions-per-connection} subscriptions at once; one
 * past it is refused with an error naming the setting, and the others go on. Each
 * subscription holds a stream and its buffers for as long as it lasts, and a client may
 * send subscribe messages as fast as it can write them: without a bound, one connection
 * could fill the heap. A subscription the client completes, or a connection closed, gives
 * its allowance back.
 */
@Component
class SubscriptionsPerConnection implements WebSocketGraphQlInterceptor {

	private static final String LIMIT = "max-subscriptions-per-connection";

	private final int max;

	private final Map<String, AtomicInteger> openBySession = new ConcurrentHashMap<>();

	SubscriptionsPerConnection(QueryLimits.Properties limits) {
		this.max = limits.maxSubscriptionsPerConnection();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request instanceof WebSocketGraphQlRequest webSocket)
				|| !SubscriptionsOverWebSocket.isSubscription(request.getDocument(), request.getOperationName())) {
			return chain.next(request);
		}
		AtomicInteger open = this.openBySession.computeIfAbsent(webSocket.getSessionInfo().getId(),
				(session) -> new AtomicInteger());
		if (open.incrementAndGet() > this.max) {
			open.decrementAndGet();
			return RefusedBeforeRunning.answer(request, QueryBudgetInstrumentation.error(LIMIT,
					"a subscription past the %d this connection holds already; complete one first".formatted(this.max),
					this.max + 1, this.max));
		}
		return chain.next(request);
	}

	@Override
	public Mono<Void> handleCancelledSubscription(WebSocketSessionInfo session, String subscriptionId) {
		AtomicInteger open = this.openBySession.get(session.getId());
		if (open != null) {
			open.updateAndGet((count) -> Math.max(0, count - 1));
		}
		return Mono.empty();
	}

	@Override
	public void handleConnectionClosed(WebSocketSessionInfo session, int statusCode, Map<String, Object> payload) {
		this.openBySession.remove(session.getId());
	}

}
