package org.treatygraph.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct query document once. Dashboards send the same
 * documents again and again, and graphql-java would otherwise parse and validate every
 * one of them on every request. The query limits still apply to each request: they are
 * checked when the operation starts, after this cache.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments {

	/** Enough for every document the README, the page and the dashboards send. */
	static final int CAPACITY = 500;

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCache() {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(new Cache(CAPACITY)));
	}

	/** The most recently used documents, with their validation errors. */
	static final class Cache implements PreparsedDocumentProvider {

		private final Map<String, PreparsedDocumentEntry> entries;

		Cache(int capacity) {
			this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
					return size() > capacity;
				}
			};
		}

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			PreparsedDocumentEntry entry;
			synchronized (this.entries) {
				entry = this.entries.get(input.getQuery());
			}
			if (entry == null) {
				entry = parseAndValidate.apply(input);
				synchronized (this.entries) {
					this.entries.put(input.getQuery(), entry);
				}
			}
			return CompletableFuture.completedFuture(entry);
		}

		int size() {
			synchronized (this.entries) {
				return this.entries.size();
			}
		}

	}

}
