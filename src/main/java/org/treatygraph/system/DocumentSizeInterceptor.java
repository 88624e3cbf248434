package org.treatygraph.system;

import java.util.List;

import graphql.ExecutionResult;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/** Refuses an over-long document before it is parsed. */
class DocumentSizeInterceptor implements WebGraphQlInterceptor {

	private final int maxDocumentSize;

	DocumentSizeInterceptor(int maxDocumentSize) {
		this.maxDocumentSize = maxDocumentSize;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		int size = request.getDocument().length();
		if (size <= this.maxDocumentSize) {
			return chain.next(request);
		}
		ExecutionResult refused = ExecutionResult.newExecutionResult()
			.errors(List.of(QueryBudgetInstrumentation.error("max-document-size",
					"document of %d characters, over the limit of %d".formatted(size, this.maxDocumentSize), size,
					this.maxDocumentSize)))
			.build();
		ExecutionGraphQlResponse response = new DefaultExecutionGraphQlResponse(request.toExecutionInput(), refused);
		return Mono.just(new WebGraphQlResponse(response));
	}

}
