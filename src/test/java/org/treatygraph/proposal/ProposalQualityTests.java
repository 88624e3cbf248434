package org.treatygraph.proposal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;
import org.treatygraph.node.GlobalId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How well the reader proposes what fifteen short news articles and the seed article
 * state, against the facts a careful reader lists for each: precision, recall, and dates
 * the articles do not give.
 */
@DisplayName("Proposals from articles, measured")
class ProposalQualityTests extends GraphQlIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private Proposals proposals;

	@Autowired
	private ProposalRepository repository;

	@Test
	@DisplayName("precision at least 0.8, recall at least 0.6, and no invented date")
	void shouldProposeWhatTheArticlesState() throws IOException {
		JsonNode expected = JSON.readTree(new ClassPathResource("proposal/expected.json").getInputStream());
		Score total = new Score();
		for (Resource article : new PathMatchingResourcePatternResolver()
			.getResources("classpath:proposal/articles/*.txt")) {
			String name = article.getFilename().replace(".txt", "");
			String text = article.getContentAsString(StandardCharsets.UTF_8);
			LocalDate published = text.startsWith("Published: ") ? LocalDate.parse(text.substring(11, 21)) : null;
			total.add(name, this.proposals.read(text, published), expected.get(name));
		}
		Map<String, Object> seed = this.repository.source("src-9f9a7992a81a878d");
		total.add("seed", this.proposals.read((String) seed.get("text"), null), expected.get("seed"));
		System.out.printf(
				"Proposals: %d right of %d proposed, %d of %d expected found: precision %.2f, recall %.2f,"
						+ " %d invented dates%n",
				total.right, total.proposed, total.found, total.expected, total.precision(), total.recall(),
				total.invented);
		total.misses.forEach(miss -> System.out.println("  " + miss));
		assertThat(total.invented).as("dates the articles do not give").isZero();
		assertThat(total.precision()).as("precision").isGreaterThanOrEqualTo(0.8);
		assertThat(total.recall()).as("recall").isGreaterThanOrEqualTo(0.6);
	}

	/** Facts proposed and expected, compared by what identifies them. */
	private static final class Score {

		int proposed;

		int right;

		int expected;

		int found;

		int invented;

		final List<String> misses = new ArrayList<>();

		void add(String article, List<Candidate> candidates, JsonNode facts) {
			List<String> wanted = new ArrayList<>();
			Map<String, @Nullable String> wantedDates = new HashMap<>();
			for (JsonNode fact : facts) {
				String key = key(fact);
				wanted.add(key);
				JsonNode dated = fact.has("agreement") ? fact.get("agreement").path("date")
						: fact.path("membership").path("start");
				if (fact.has("agreement") || fact.has("membership")) {
					wantedDates.put(key, dated.isString() ? dated.asString() : null);
				}
			}
			this.expected += wanted.size();
			Set<String> matched = new HashSet<>();
			for (Candidate candidate : candidates) {
				String key = key(candidate);
				if (key == null) {
					continue;
				}
				this.proposed++;
				boolean right = wanted.contains(key) && matched.add(key);
				if (right) {
					this.right++;
					this.found++;
				}
				else {
					this.misses.add(article + ": proposed " + key + " (" + candidate.summary() + ")");
				}
				// a second agreement of the same parties and step is a miss already, and
				// its date is its own
				if (right && wantedDates.containsKey(key)) {
					String date = proposedDate(candidate);
					String given = wantedDates.get(key);
					if (date != null && !date.equals(given)) {
						this.invented++;
						this.misses.add(article + ": dated " + key + " " + date + ", the article gives " + given);
					}
				}
			}
			wanted.stream()
				.filter(key -> !matched.contains(key))
				.forEach(key -> this.misses.add(article + ": missed " + key));
		}

		double precision() {
			return this.proposed == 0 ? 0 : (double) this.right / this.proposed;
		}

		double recall() {
			return this.expected == 0 ? 0 : (double) this.found / this.expected;
		}

		/** An ISO code as it is, a global id as the key the expected facts give. */
		private static String local(String reference) {
			return GlobalId.decode(reference).map(GlobalId::key).orElse(reference);
		}

		/** The date of an agreement's step or a membership's start, as proposed. */
		private static @Nullable String proposedDate(Candidate candidate) {
			Object date = candidate.input().get("start");
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> actions = (List<Map<String, Object>>) candidate.input().get("actions");
			if (actions != null && !actions.isEmpty()) {
				date = actions.getFirst().get("date");
			}
			return (date instanceof Map<?, ?> given) ? (String) given.get("value") : null;
		}

		private static String key(JsonNode fact) {
			if (fact.has("agreement")) {
				Set<String> parties = new TreeSet<>();
				fact.get("agreement").get("parties").forEach(party -> parties.add(party.asString()));
				return "agreement " + parties + " " + fact.get("agreement").get("step").asString();
			}
			if (fact.has("signature")) {
				return "signature " + Gazetteer.fold(fact.get("signature").asString());
			}
			if (fact.has("membership")) {
				JsonNode membership = fact.get("membership");
				return "membership " + membership.get("member").asString() + " "
						+ membership.get("organization").asString() + " " + membership.get("kind").asString();
			}
			if (fact.has("tenure")) {
				return "tenure " + Gazetteer.fold(fact.get("tenure").get("person").asString()) + " "
						+ fact.get("tenure").get("within").asString();
			}
			if (fact.has("event")) {
				return "event " + fact.get("event").get("kind").asString() + " "
						+ fact.get("event").get("venue").asString();
			}
			if (fact.has("attendance")) {
				return "attendance " + Gazetteer.fold(fact.get("attendance").asString());
			}
			return fact.toString();
		}

		@SuppressWarnings("unchecked")
		private static @Nullable String key(Candidate candidate) {
			Map<String, Object> input = candidate.input();
			String summary = candidate.summary();
			return switch (candidate.record()) {
				case "createAgreement" -> {
					Set<String> parties = new TreeSet<>();
					((List<Map<String, Object>>) input.get("parties"))
						.forEach(party -> parties.add(local((String) party.get("actor"))));
					yield "agreement " + parties + " "
							+ ((List<Map<String, Object>>) input.get("actions")).getFirst().get("kind");
				}
				case "recordSignature" ->
					"signature " + Gazetteer.fold(summary.substring(0, summary.indexOf(" signed ")));
				// an organisation the graph does not know yet, by the name proposed for
				// it
				case "recordMembership" -> "membership " + input.get("member") + " "
						+ (((String) input.get("organizationId")).startsWith("@")
								? summary.substring(summary.indexOf(" joined ") + 8, summary.lastIndexOf(" as "))
								: local((String) input.get("organizationId")))
						+ " " + input.get("kind");
				case "recordTenure" -> "tenure " + Gazetteer.fold(summary.substring(0, summary.indexOf(" is "))) + " "
						+ input.get("within");
				case "createEvent" -> "event " + input.get("kind") + " "
						+ (input.get("venueId") == null ? "?" : local((String) input.get("venueId")));
				case "recordAttendance" ->
					"attendance " + Gazetteer.fold(summary.substring(0, summary.indexOf(" attended ")));
				// a new person is an entity a fact needs, not a fact of its own
				default -> null;
			};
		}

	}

}
