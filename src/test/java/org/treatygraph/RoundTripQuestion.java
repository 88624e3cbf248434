package org.treatygraph;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A question, by the name of its document in {@code graphql-test}, that two graphs
 * holding the same facts must answer alike: ids and cursors left out, since each graph
 * makes its own, and lists in one order, since ties in an answer's order are broken by
 * id.
 */
public record RoundTripQuestion(String document, Map<String, Object> variables) {

	private static final List<String> GRAPH_OWN = List.of("id", "cursor", "endCursor");

	/** The answer of the service behind this tester, ids aside. */
	public Object answerOf(HttpGraphQlTester graphQl) {
		HttpGraphQlTester.Request<?> request = graphQl.documentName(this.document);
		for (Map.Entry<String, Object> variable : this.variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return canonical(request.execute().path("").entity(LinkedHashMap.class).get());
	}

	private static Object canonical(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> kept = new TreeMap<>();
			map.forEach((key, item) -> {
				if (!GRAPH_OWN.contains(key)) {
					kept.put((String) key, canonical(item));
				}
			});
			return kept;
		}
		if (value instanceof List<?> list) {
			return list.stream()
				.map(RoundTripQuestion::canonical)
				.sorted(Comparator.comparing(String::valueOf))
				.toList();
		}
		return value;
	}

}
