package org.treatygraph.system;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Parsed documents")
class ParsedDocumentsTests {

	private final AtomicInteger parsed = new AtomicInteger();

	private final Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate = input -> {
		this.parsed.incrementAndGet();
		return input.getQuery().contains("bad") ? new PreparsedDocumentEntry(ValidationError.newValidationError()
			.validationErrorType(ValidationErrorType.FieldUndefined)
			.description("bad field")
			.build()) : new PreparsedDocumentEntry(Document.newDocument().build());
	};

	@Test
	@DisplayName("a dashboard's document polled again is parsed and validated once, its errors kept")
	void shouldParseARepeatedDocumentOnce() throws Exception {
		var cache = new ParsedDocuments.Cache(10);
		for (int i = 0; i < 3; i++) {
			assertThat(cache.getDocumentAsync(input("{ countries { name } }"), this.parseAndValidate).get().hasErrors())
				.isFalse();
			assertThat(cache.getDocumentAsync(input("{ bad }"), this.parseAndValidate).get().getErrors())
				.singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("bad field"));
		}
		assertThat(this.parsed).hasValue(2);
	}

	@Test
	@DisplayName("keeps only the most recently used documents, so odd queries cannot fill the heap")
	void shouldForgetTheLeastRecentlyUsed() throws Exception {
		var cache = new ParsedDocuments.Cache(2);
		cache.getDocumentAsync(input("{ a }"), this.parseAndValidate).get();
		cache.getDocumentAsync(input("{ b }"), this.parseAndValidate).get();
		cache.getDocumentAsync(input("{ a }"), this.parseAndValidate).get();
		cache.getDocumentAsync(input("{ c }"), this.parseAndValidate).get();
		assertThat(cache.size()).isEqualTo(2);
		cache.getDocumentAsync(input("{ a }"), this.parseAndValidate).get();
		assertThat(this.parsed).as("{ a } stayed, { b } was forgotten").hasValue(3);
		cache.getDocumentAsync(input("{ b }"), this.parseAndValidate).get();
		assertThat(this.parsed).hasValue(4);
	}

	private static ExecutionInput input(String query) {
		return ExecutionInput.newExecutionInput(query).build();
	}

}
