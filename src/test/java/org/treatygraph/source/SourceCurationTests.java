package org.treatygraph.source;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatygraph.CuratorTest;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Registering sources")
class SourceCurationTests extends CuratorTest {

	private String addSource(Map<String, Object> source) {
		return asCurator().documentName("addSource")
			.variable("source", source)
			.execute()
			.path("addSource.source.id")
			.entity(String.class)
			.get();
	}

	@Test
	@DisplayName("the same article under another spelling of its URL is the same source")
	void shouldRecogniseTheSameUrl() {
		String first = addSource(Map.of("title", "Report", "url",
				"HTTPS://Example.ORG:443/News/Item/?utm_source=mail&b=2&a=1&fbclid=x#comments"));
		var again = asCurator().documentName("addSource")
			.variable("source", Map.of("title", "Report again", "url", "https://example.org/News/Item?a=1&b=2"))
			.execute();
		again.path("addSource.created").entity(Boolean.class).isEqualTo(false);
		again.path("addSource.source.id").entity(String.class).isEqualTo(first);
		again.path("addSource.source.url").entity(String.class).isEqualTo("https://example.org/News/Item?a=1&b=2");
		again.path("addSource.source.title").entity(String.class).isEqualTo("Report");
	}

	@Test
	@DisplayName("a document without a URL is recognised by its text")
	void shouldRecogniseTheSameText() {
		String first = addSource(Map.of("title", "Communiqué", "text", "The ministers met in Havana."));
		assertThat(addSource(Map.of("title", "Communiqué (copy)", "text", "The ministers met in Havana.")))
			.isEqualTo(first);
		assertThat(addSource(Map.of("title", "Other", "text", "The ministers met in Moscow."))).isNotEqualTo(first);
	}

	@Test
	@DisplayName("50 curators registering the same URL at once make exactly one source")
	void shouldCreateOneSourceUnderConcurrentIdenticalCreates() throws Exception {
		try (var pool = Executors.newFixedThreadPool(16)) {
			var ids = pool
				.invokeAll(IntStream.range(0, 50)
					.mapToObj(i -> (java.util.concurrent.Callable<String>) () -> addSource(
							Map.of("title", "Concurrent", "url", "https://example.org/concurrent")))
					.toList())
				.stream()
				.map(future -> {
					try {
						return future.get();
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				})
				.distinct()
				.toList();
			assertThat(ids).hasSize(1);
		}
		assertThat(this.neo4j.query("MATCH (s:Source {url: 'https://example.org/concurrent'}) RETURN count(s)")
			.fetchAs(Long.class)
			.one()).contains(1L);
	}

	@Test
	@DisplayName("a retried mutation with the same clientMutationId returns the first result")
	void shouldReturnTheFirstResultToARetry() {
		var source = Map.<String, Object>of("title", "Retried", "url", "https://example.org/retried");
		var first = asCurator().documentName("addSource")
			.variable("source", source)
			.variable("id", "retry-1")
			.execute();
		var retry = asCurator().documentName("addSource")
			.variable("source", source)
			.variable("id", "retry-1")
			.execute();
		first.path("addSource.created").entity(Boolean.class).isEqualTo(true);
		retry.path("addSource.clientMutationId").entity(String.class).isEqualTo("retry-1");
		retry.path("addSource.created").entity(Boolean.class).isEqualTo(true);
		retry.path("addSource.source.id")
			.entity(String.class)
			.isEqualTo(first.path("addSource.source.id").entity(String.class).get());
		assertThat(
				this.neo4j.query("MATCH (c:Change {operation: 'addSource'}) RETURN count(c)").fetchAs(Long.class).one())
			.contains(1L);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			no title            | ''    | https://example.org/x | input.source.title    | must not be empty
			invalid URL         | Title | ftp://example.org/x   | input.source.url      | not an http or https URL
			URL without a host  | Title | https:///path         | input.source.url      | not an http or https URL
			neither URL nor text| Title | ''                    | input.source          | needs its url or its text
			""")
	void shouldRefuseBadSourcesAndWriteNothing(String name, String title, String url, String argument, String reason) {
		String before = graphSize();
		asCurator().documentName("addSource")
			.variable("source", Map.of("title", title, "url", url))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", argument);
				assertThat(error.getMessage()).contains(reason);
			}));
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	@DisplayName("one text under a second URL conflicts with the source already registered, and nothing is written")
	void shouldRefuseTheSameTextUnderAnotherUrl() {
		addSource(Map.of("title", "Original", "url", "https://example.org/one", "text", "The same words."));
		String before = graphSize();
		asCurator().documentName("addSource")
			.variable("source",
					Map.of("title", "Copy", "url", "https://mirror.example.net/one", "text", "The same words."))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT")));
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void shouldRefuseAnInvalidPublicationDate() {
		asCurator().documentName("addSource")
			.variable("source",
					Map.of("title", "T", "url", "https://example.org/d", "published", Map.of("value", "2025-13")))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument",
						"input.source.published.value")));
	}

}
