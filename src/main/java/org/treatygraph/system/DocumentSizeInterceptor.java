package org.treatygraph.system;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

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
		return RefusedBeforeRunning.answer(request,
				QueryBudgetInstrumentation.error("max-document-size",
						"document of %d characters, over the limit of %d".formatted(size, this.maxDocumentSize), size,
						this.maxDocumentSize));
	}

}
