package org.treatygraph.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What Spring for GraphQL's POST endpoint leaves to us of the GraphQL-over-HTTP
 * specification. A POST whose Accept header allows no JSON gets 406 rather than 415 (the
 * body's media type is fine, the answer's is not); a body that is not JSON gets 415 with
 * a GraphQL-shaped error. And GET: queries only (a mutation or subscription gets 405 with
 * {@code Allow: POST}), parameters {@code query}, {@code operationName},
 * {@code variables} and {@code extensions}, and the same status codes as POST: 400 for a
 * request that could not run when the client accepts
 * {@code application/graphql-response+json}, 406 for a media type it cannot have. Lets
 * dashboards use plain URLs and HTTP caches.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlOverHttp {

	static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGet(WebGraphQlHandler handler) {
		return RouterFunctions.route()
			.GET("/graphql", request -> handle(handler, request))
			.POST("/graphql",
					request -> !request.headers().accept().isEmpty()
							&& responseType(request.headers().accept()) == null,
					request -> ServerResponse.status(HttpStatus.NOT_ACCEPTABLE)
						.contentType(MediaType.APPLICATION_JSON)
						.body(requestError("accepts neither application/graphql-response+json nor application/json")))
			.POST("/graphql", request -> request.headers().contentType().filter(type -> !isJson(type)).isPresent(),
					request -> ServerResponse.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
						.contentType(MediaType.APPLICATION_JSON)
						.body(requestError(
								"send the request as application/json: {\"query\": \"...\", \"variables\": {...}}")))
			.build();
	}

	private static boolean isJson(MediaType type) {
		return "json".equals(type.getSubtype()) || "json".equals(type.getSubtypeSuffix());
	}

	private static ServerResponse handle(WebGraphQlHandler handler, ServerRequest request) {
		MediaType responseType = responseType(request.headers().accept());
		if (responseType == null) {
			return ServerResponse.status(HttpStatus.NOT_ACCEPTABLE)
				.contentType(MediaType.APPLICATION_JSON)
				.body(requestError("accepts neither application/graphql-response+json nor application/json"));
		}
		String query = request.param("query").orElse(null);
		if (query == null || query.isBlank()) {
			return ServerResponse.badRequest()
				.contentType(responseType)
				.body(requestError("a GET request needs the parameter query"));
		}
		Map<String, Object> body = new HashMap<>();
		body.put("query", query);
		request.param("operationName")
			.filter(name -> !name.isBlank())
			.ifPresent(name -> body.put("operationName", name));
		try {
			putJson(body, "variables", request.param("variables").orElse(null));
			putJson(body, "extensions", request.param("extensions").orElse(null));
		}
		catch (JacksonException | ClassCastException ex) {
			return ServerResponse.badRequest()
				.contentType(responseType)
				.body(requestError("variables and extensions must be JSON objects"));
		}
		if (!isQuery(query, (String) body.get("operationName"))) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.header(HttpHeaders.ALLOW, "POST")
				.contentType(responseType)
				.body(requestError("mutations and subscriptions must be sent with POST"));
		}
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), null,
				request.remoteAddress().orElse(null), request.attributes(), body, UUID.randomUUID().toString(), null);
		return ServerResponse.async(handler.handleRequest(graphQlRequest).map(response -> {
			HttpStatus status = !response.getExecutionResult().isDataPresent() && responseType.equals(GRAPHQL_RESPONSE)
					? HttpStatus.BAD_REQUEST : HttpStatus.OK;
			return ServerResponse.status(status).contentType(responseType).body(response.toMap());
		}));
	}

	/**
	 * True unless the document parses and the operation to run is a mutation or
	 * subscription; a document that does not parse is left to the engine to report.
	 */
	private static boolean isQuery(String query, @Nullable String operationName) {
		try {
			Document document = Parser.parse(query);
			List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
			return operations.stream()
				.filter(operation -> operationName == null || operationName.equals(operation.getName()))
				.allMatch(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY);
		}
		catch (InvalidSyntaxException ex) {
			return true;
		}
	}

	@SuppressWarnings("unchecked")
	private static void putJson(Map<String, Object> body, String name, @Nullable String json) {
		if (json != null && !json.isBlank()) {
			body.put(name, (Map<String, Object>) JSON.readValue(json, Map.class));
		}
	}

	private static @Nullable MediaType responseType(List<MediaType> accepted) {
		if (accepted.isEmpty()) {
			return GRAPHQL_RESPONSE;
		}
		List<MediaType> byPreference = new java.util.ArrayList<>(accepted);
		MimeTypeUtils.sortBySpecificity(byPreference);
		byPreference.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : byPreference) {
			if (type.isCompatibleWith(GRAPHQL_RESPONSE)) {
				return GRAPHQL_RESPONSE;
			}
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
				return MediaType.APPLICATION_JSON;
			}
		}
		return null;
	}

	private static Map<String, Object> requestError(String message) {
		return Map.of("errors",
				List.of(Map.of("message", message, "extensions", Map.of("classification", "BAD_REQUEST"))));
	}

}
