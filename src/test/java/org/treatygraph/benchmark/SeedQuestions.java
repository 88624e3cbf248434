package org.treatygraph.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's questions on the seed data, as a new user asks them: each one the first
 * time right after a start with the plan warm-up off (the {@link StartupProbe} starts the
 * service as its own JVM), then the first question warm against {@code { __typename }},
 * which costs the HTTP and GraphQL layers and no Cypher.
 */
final class SeedQuestions {

	private static final Pattern QUESTION = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The ids the README tells the reader to look up first, for its questions with
	 * variables.
	 */
	private static final Map<String, Object> VARIABLES = Map.of("lavrov",
			GlobalId.encode(NodeType.PERSON, "person-sergey-lavrov"), "diazCanel",
			GlobalId.encode(NodeType.PERSON, "person-miguel-diaz-canel"));

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/**
	 * @param firstMillis each README question's first answer, in README order
	 * @param failures questions that answered with errors
	 */
	record Figures(List<Long> firstMillis, List<String> questions, int failures, double firstQuestionP50,
			double typenameP50) {

		long slowestFirstMillis() {
			return this.firstMillis.stream().mapToLong(Long::longValue).max().orElse(0);
		}

	}

	/** The queries of the README's "Questions and answers on the seed data". */
	static List<String> questions() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		int from = readme.indexOf("## Questions and answers on the seed data");
		int to = readme.indexOf("\n## ", from + 1);
		Matcher matcher = QUESTION.matcher(readme.substring(from, to < 0 ? readme.length() : to));
		List<String> questions = new ArrayList<>();
		while (matcher.find()) {
			String document = matcher.group(1).strip();
			if (!document.startsWith("mutation") && !document.startsWith("subscription")) {
				questions.add(document);
			}
		}
		return questions;
	}

	/** Each question once, as right after a start, then the warm figures. */
	Figures measure(URI endpoint, int warmRequests) throws IOException, InterruptedException {
		List<String> questions = questions();
		List<Long> firsts = new ArrayList<>();
		int failures = 0;
		for (String question : questions) {
			long start = System.nanoTime();
			if (!ask(endpoint, question)) {
				failures++;
				System.out.println("   failed: " + question.replaceAll("\\s+", " "));
			}
			firsts.add((System.nanoTime() - start) / 1_000_000);
		}
		double first = p50(endpoint, questions.getFirst(), warmRequests);
		double typename = p50(endpoint, "{ __typename }", warmRequests);
		return new Figures(firsts, questions, failures, first, typename);
	}

	/**
	 * As many untimed requests first, as the query mix's warm-up does: right after a
	 * start the JIT has compiled the short path of {@code __typename} long before the
	 * question's.
	 */
	private double p50(URI endpoint, String document, int requests) throws IOException, InterruptedException {
		for (int i = 0; i < requests; i++) {
			ask(endpoint, document);
		}
		List<Long> latencies = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			long start = System.nanoTime();
			ask(endpoint, document);
			latencies.add(System.nanoTime() - start);
		}
		return Measurement.of(latencies, 0, 1, 0, 0, 0, 0).p50();
	}

	private boolean ask(URI endpoint, String document) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("query", document, "variables", VARIABLES))))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode body = JSON.readTree(response.body());
		return response.statusCode() == 200 && !body.has("errors");
	}

}
