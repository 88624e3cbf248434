package org.treatygraph.system;

import java.util.Map;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * A subscription sent by plain HTTP is answered with a request error naming the WebSocket
 * endpoint, rather than run: over HTTP the engine can only return its event stream as an
 * object, which a client would read as data. With
 * {@code application/graphql-response+json} (GraphiQL's and the default) the answer is
 * 400; a client that accepts only {@code application/json} gets the same error with 200,
 * as the GraphQL-over-HTTP specification has it.
 */
@Component
class SubscriptionsOverWebSocket implements WebGraphQlInterceptor {

	static final String MESSAGE = "subscriptions are served over WebSocket: connect to ws://<host>/graphql "
			+ "(wss:// behind TLS) with the graphql-transport-ws protocol and send the subscription there";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request instanceof WebSocketGraphQlRequest
				|| !isSubscription(request.getDocument(), request.getOperationName())) {
			return chain.next(request);
		}
		GraphQLError error = GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(MESSAGE)
			.extensions(Map.of("transport", "graphql-transport-ws"))
			.build();
		return RefusedBeforeRunning.answer(request, error);
	}

	static boolean isSubscription(String query, @Nullable String operationName) {
		if (!query.contains("subscription")) {
			return false;
		}
		try {
			Document document = Parser.parse(query);
			return document.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.filter(operation -> operationName == null || operationName.equals(operation.getName()))
				.anyMatch(operation -> operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION);
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
	}

}
