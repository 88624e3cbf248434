package org.treatygraph.bulk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * A deterministic, world-shaped graph: every ISO country, a few hubs with thousands of
 * agreements (party choice follows Zipf's law over a seeded order of countries),
 * bilateral and multilateral agreements, signatures by officials whose posts change over
 * time, memberships, events with venues and attendances, and sources with one to three
 * citations per fact. Dates are days, months or years as real sources give them. The same
 * seed and countries always give the same graph.
 */
public class SyntheticGraph {

	/** Rows per transaction. */
	static final int BATCH = 1_000;

	private static final String[] KINDS = { "TRADE_ACCORD", "COOPERATION_AGREEMENT", "MEMORANDUM", "CONSULTATION_PLAN",
			"TREATY", "DECLARATION" };

	private static final String[] SUBJECTS = { "trade", "energy", "health", "education", "fisheries", "tourism",
			"investment", "culture", "science", "transport", "agriculture", "defence", "customs", "aviation", "climate",
			"water", "telecommunications", "banking", "mining", "sport" };

	private static final String[] EVENT_KINDS = { "SUMMIT", "MEETING", "VISIT", "SIGNING_CEREMONY", "FAIR" };

	private static final String[] POSTS = { "Minister of Foreign Affairs", "Deputy Minister of Foreign Affairs",
			"Ambassador" };

	private static final String[] GIVEN = { "Ana", "Boris", "Carmen", "Dmitri", "Elena", "Farid", "Grace", "Hiro",
			"Ines", "Jonas", "Kemal", "Lina", "Marco", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sergei", "Tariq" };

	private static final String[] FAMILY = { "Alvarez", "Bianchi", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia",
			"Haddad", "Ivanova", "Jansen", "Kowalski", "Lopez", "Mensah", "Novak", "Okafor", "Petrov", "Quispe",
			"Rossi", "Silva", "Tanaka" };

	private static final int INTERNATIONAL_ORGANIZATIONS = 40;

	private final Scale scale;

	private final Random random;

	/**
	 * Draws the sources of tenures and memberships, apart from {@link #random}, so that
	 * citing them left the rest of a seed's graph as it was.
	 */
	private final Random provenance;

	/** Country keys in their seeded order of importance: the first are the hubs. */
	private final List<String> countries;

	private final double[] cumulativeWeights;

	private final Map<String, List<String>> officialsByCountry = new HashMap<>();

	private final List<String> eventIds = new ArrayList<>();

	private int sourceCount;

	private final Map<String, String> codes;

	/**
	 * @param countryCodes ISO codes by id of the Country nodes, in any order; the ids are
	 * sorted and shuffled by the seed, so the hubs depend on the seed alone
	 */
	public SyntheticGraph(Scale scale, long seed, Map<String, String> countryCodes) {
		this.scale = scale;
		this.random = new Random(seed);
		this.provenance = new Random(seed + 1);
		this.codes = Map.copyOf(countryCodes);
		List<String> ordered = new ArrayList<>(countryCodes.keySet());
		Collections.sort(ordered);
		Collections.shuffle(ordered, this.random);
		this.countries = List.copyOf(ordered);
		this.cumulativeWeights = new double[ordered.size()];
		double total = 0;
		for (int i = 0; i < ordered.size(); i++) {
			total += 1.0 / (i + 1);
			this.cumulativeWeights[i] = total;
		}
	}

	/** The country with most agreements. */
	public String hub() {
		return this.countries.getFirst();
	}

	/** Countries in order of importance, hubs first. */
	public List<String> countries() {
		return this.countries;
	}

	/** Emits every batch in dependency order; rows are made as they are emitted. */
	public void generate(Consumer<Batch> sink) {
		organizations(sink);
		places(sink);
		persons(sink);
		memberships(sink);
		events(sink);
		agreements(sink);
	}

	private void organizations(Consumer<Batch> sink) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String country : this.countries) {
			rows.add(organization("gen-mfa-" + country, "Ministry of Foreign Affairs of " + code(country), "MINISTRY",
					country));
			rows.add(organization("gen-gov-" + country, "Government of " + code(country), "GOVERNMENT", country));
		}
		for (int i = 0; i < INTERNATIONAL_ORGANIZATIONS; i++) {
			rows.add(
					organization("gen-io-" + i, "International Organisation " + i, "INTERNATIONAL_ORGANIZATION", null));
		}
		emit(sink, BulkStatements.ORGANIZATIONS, rows, 0);
	}

	private static Map<String, Object> organization(String id, String name, String kind, @Nullable String country) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("name", name);
		row.put("kind", kind);
		row.put("naturalKey", "bulk|" + id);
		row.put("country", country);
		return row;
	}

	private void places(Consumer<Batch> sink) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String country : this.countries) {
			rows.add(Map.of("id", "gen-capital-" + country, "name", "Capital of " + code(country), "naturalKey",
					"bulk|gen-capital-" + country, "country", country));
		}
		emit(sink, BulkStatements.PLACES, rows, 0);
	}

	private void persons(Consumer<Batch> sink) {
		List<Map<String, Object>> rows = new ArrayList<>();
		int facts = 0;
		Citations citations = new Citations("pe0", this.provenance);
		for (String country : this.countries) {
			List<String> officials = new ArrayList<>();
			for (int i = 0; i < this.scale.officialsPerCountry(); i++) {
				String id = "gen-person-" + country + "-" + i;
				officials.add(id);
				List<Map<String, Object>> tenures = new ArrayList<>();
				int year = 1950 + this.random.nextInt(60);
				int posts = 1 + this.random.nextInt(3);
				for (int t = 0; t < posts; t++) {
					int length = 2 + this.random.nextInt(8);
					Map<String, Object> tenure = new HashMap<>();
					tenure.put("id", id + "-tenure-" + t);
					tenure.put("post", POSTS[this.random.nextInt(POSTS.length)]);
					tenure.put("organization", "gen-mfa-" + country);
					tenure.put("start", Integer.toString(year));
					tenure.put("end",
							t == posts - 1 && this.random.nextInt(3) == 0 ? null : Integer.toString(year + length));
					tenures.add(tenure);
					year += length;
					facts++;
				}
				String name = GIVEN[this.random.nextInt(GIVEN.length)] + " "
						+ FAMILY[this.random.nextInt(FAMILY.length)] + " " + code(country) + "-" + i;
				for (Map<String, Object> tenure : tenures) {
					citations.cite("Tenure", (String) tenure.get("id"), name + " became " + tenure.get("post")
							+ " of the foreign ministry of " + code(country) + " in " + tenure.get("start") + ".");
				}
				rows.add(Map.of("id", id, "name", name, "naturalKey", "bulk|" + id, "tenures", tenures));
				if (rows.size() == BATCH) {
					emitWithSources(sink, BulkStatements.PERSONS, rows, facts, citations);
					rows = new ArrayList<>();
					facts = 0;
					citations = new Citations("pe" + this.sourceCount, this.provenance);
				}
			}
			this.officialsByCountry.put(country, officials);
		}
		emitWithSources(sink, BulkStatements.PERSONS, rows, facts, citations);
	}

	private void memberships(Consumer<Batch> sink) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String country : this.countries) {
			Set<Integer> joined = new LinkedHashSet<>();
			int count = 3 + this.random.nextInt(13);
			while (joined.size() < count) {
				joined.add(zipf(INTERNATIONAL_ORGANIZATIONS));
			}
			for (int organization : joined) {
				Map<String, Object> row = new HashMap<>();
				int start = 1950 + this.random.nextInt(70);
				row.put("id", "gen-membership-" + country + "-" + organization);
				row.put("member", country);
				row.put("organization", "gen-io-" + organization);
				row.put("start", Integer.toString(start));
				row.put("end",
						this.random.nextInt(10) == 0 ? Integer.toString(start + 1 + this.random.nextInt(20)) : null);
				rows.add(row);
			}
		}
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Map<String, Object>> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
			Citations citations = new Citations("me" + from, this.provenance);
			for (Map<String, Object> row : chunk) {
				citations.cite("Membership", (String) row.get("id"), code((String) row.get("member"))
						+ " joined International Organisation " + organization(row) + " in " + row.get("start") + ".");
			}
			emitWithSources(sink, BulkStatements.MEMBERSHIPS, chunk, chunk.size(), citations);
		}
	}

	private static String organization(Map<String, Object> membership) {
		return ((String) membership.get("organization")).substring("gen-io-".length());
	}

	private void events(Consumer<Batch> sink) {
		for (int from = 0; from < this.scale.events(); from += BATCH) {
			List<Map<String, Object>> rows = new ArrayList<>();
			Citations citations = new Citations("ev" + from, this.random);
			int facts = 0;
			for (int i = from; i < Math.min(this.scale.events(), from + BATCH); i++) {
				String id = "gen-event-" + i;
				String host = this.countries.get(zipf(this.countries.size()));
				String kind = EVENT_KINDS[this.random.nextInt(EVENT_KINDS.length)];
				String date = date();
				String name = kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ') + " " + i
						+ " in " + code(host);
				List<Map<String, Object>> attendances = new ArrayList<>();
				Set<String> attendees = new LinkedHashSet<>();
				int count = 2 + this.random.nextInt(7);
				for (int a = 0; a < count; a++) {
					attendees.add(official(this.countries.get(zipf(this.countries.size()))));
				}
				int a = 0;
				for (String person : attendees) {
					String attendance = id + "-att-" + a++;
					attendances.add(Map.of("id", attendance, "person", person, "role", "Delegate"));
					citations.cite("Attendance", attendance, person + " attended " + name + ".");
				}
				citations.cite("Event", id, name + " took place on " + date + ".");
				rows.add(Map.of("id", id, "name", name, "kind", kind, "date", date, "naturalKey", "bulk|" + id, "place",
						"gen-capital-" + host, "attendances", attendances));
				this.eventIds.add(id);
				facts += 1 + attendances.size();
			}
			emitWithSources(sink, BulkStatements.EVENTS, rows, facts, citations);
		}
	}

	private void agreements(Consumer<Batch> sink) {
		for (int from = 0; from < this.scale.agreements(); from += BATCH) {
			List<Map<String, Object>> rows = new ArrayList<>();
			Citations citations = new Citations("ag" + from, this.random);
			int facts = 0;
			for (int i = from; i < Math.min(this.scale.agreements(), from + BATCH); i++) {
				Map<String, Object> row = agreement(i, citations);
				rows.add(row);
				facts += 1 + ((List<?>) row.get("parties")).size() + ((List<?>) row.get("actions")).size()
						+ ((List<?>) row.get("signatures")).size();
			}
			emitWithSources(sink, BulkStatements.AGREEMENTS, rows, facts, citations);
		}
	}

	private Map<String, Object> agreement(int i, Citations citations) {
		String id = "gen-agreement-" + i;
		boolean multilateral = this.random.nextInt(100) < 15;
		int partyCount = multilateral ? 3 + this.random.nextInt(38) : 2;
		Set<String> partyKeys = new LinkedHashSet<>();
		while (partyKeys.size() < partyCount) {
			partyKeys.add(this.countries.get(zipf(this.countries.size())));
		}
		String kind = KINDS[this.random.nextInt(KINDS.length)];
		String subject = SUBJECTS[this.random.nextInt(SUBJECTS.length)];
		List<String> parties = List.copyOf(partyKeys);
		String title = (multilateral ? "Multilateral "
				: String.join("–", parties.stream().map(this::code).toList()) + " ")
				+ kind.toLowerCase(Locale.ROOT).replace('_', ' ') + " on " + subject + " no. " + i;
		citations.cite("Agreement", id, "The parties concluded the " + title + ".");
		// one bilateral agreement in ten is made with the second country's foreign
		// ministry, so lists must count organisation parties for their country
		boolean withMinistry = !multilateral && this.random.nextInt(10) == 0;
		List<Map<String, Object>> partyRows = new ArrayList<>();
		for (int p = 0; p < parties.size(); p++) {
			String party = id + "-party-" + p;
			boolean ministry = withMinistry && p == 1;
			partyRows.add(Map.of("id", party, "actor", ministry ? "gen-mfa-" + parties.get(p) : parties.get(p), "label",
					ministry ? "Organization" : "Country"));
			citations.cite("Party", party, (ministry ? "The foreign ministry of " : "") + code(parties.get(p))
					+ " is a party to the " + title + ".");
		}
		String signed = date();
		List<Map<String, Object>> actions = new ArrayList<>();
		actions.add(Map.of("id", id + "-signed", "kind", "SIGNED", "date", signed));
		citations.cite("AgreementAction", id + "-signed", "The " + title + " was signed on " + signed + ".");
		if (this.random.nextInt(3) == 0) {
			String ratified = later(signed);
			actions.add(Map.of("id", id + "-ratified", "kind", "RATIFIED", "date", ratified));
			citations.cite("AgreementAction", id + "-ratified", "The " + title + " was ratified on " + ratified + ".");
		}
		String event = this.random.nextInt(10) < 3 && !this.eventIds.isEmpty()
				? this.eventIds.get(this.random.nextInt(this.eventIds.size())) : null;
		List<Map<String, Object>> signatures = new ArrayList<>();
		for (int p = 0; p < Math.min(parties.size(), multilateral ? 5 : 2); p++) {
			String signature = id + "-signature-" + p;
			String signer = official(parties.get(p));
			Map<String, Object> row = new HashMap<>();
			row.put("id", signature);
			row.put("signer", signer);
			row.put("country", parties.get(p));
			row.put("post", "Minister of Foreign Affairs");
			row.put("date", signed);
			row.put("event", event);
			signatures.add(row);
			citations.cite("Signature", signature,
					signer + " signed the " + title + " for " + code(parties.get(p)) + ".");
		}
		return Map.of("id", id, "title", title, "kind", kind, "summary", "Cooperation on " + subject + ".",
				"naturalKey", "bulk|" + id, "parties", partyRows, "actions", actions, "signatures", signatures);
	}

	private String official(String country) {
		List<String> officials = this.officialsByCountry.get(country);
		// the first officials sign most, as real foreign ministers do
		return officials.get(Math.min(officials.size() - 1, zipf(officials.size())));
	}

	private String code(String country) {
		return this.codes.get(country);
	}

	/**
	 * A day (70%), a month (20%) or a year (10%) between 1950 and 2025, recent years
	 * likelier.
	 */
	private String date() {
		int year = 2025 - (int) Math.min(75, Math.abs(this.random.nextGaussian() * 25));
		int precision = this.random.nextInt(10);
		int month = 1 + this.random.nextInt(12);
		if (precision == 0) {
			return Integer.toString(year);
		}
		if (precision < 3) {
			return "%d-%02d".formatted(year, month);
		}
		return "%d-%02d-%02d".formatted(year, month, 1 + this.random.nextInt(28));
	}

	private String later(String date) {
		int year = Integer.parseInt(date.substring(0, 4)) + 1 + this.random.nextInt(3);
		return year + date.substring(4);
	}

	/** An index from 0 to size - 1, small ones likelier as Zipf's law says. */
	private int zipf(int size) {
		double total = this.cumulativeWeights[Math.min(size, this.cumulativeWeights.length) - 1];
		double point = this.random.nextDouble() * total;
		int low = 0;
		int high = size - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.cumulativeWeights[middle] < point) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private void emit(Consumer<Batch> sink, String statement, List<Map<String, Object>> rows, int facts) {
		if (!rows.isEmpty()) {
			sink.accept(new Batch(statement, List.copyOf(rows), facts));
		}
	}

	/** Sources first, then the facts, then their citations, label by label. */
	private void emitWithSources(Consumer<Batch> sink, String statement, List<Map<String, Object>> rows, int facts,
			Citations citations) {
		emit(sink, BulkStatements.SOURCES, citations.sources(), 0);
		emit(sink, statement, rows, facts);
		citations.byLabel().forEach((label, citationRows) -> {
			for (int from = 0; from < citationRows.size(); from += BATCH * 5) {
				emit(sink, BulkStatements.citations(label),
						citationRows.subList(from, Math.min(citationRows.size(), from + BATCH * 5)), 0);
			}
		});
	}

	/**
	 * The citations of one batch of facts and the sources they quote: each fact is stated
	 * by one to three sources, each source an article of about a dozen sentences.
	 */
	private final class Citations {

		private final String prefix;

		private final Map<String, List<Map<String, Object>>> byLabel = new HashMap<>();

		private final List<StringBuilder> texts = new ArrayList<>();

		private final List<String> sourceIds = new ArrayList<>();

		private final Random random;

		private int count;

		Citations(String prefix, Random random) {
			this.prefix = prefix;
			this.random = random;
		}

		void cite(String label, String fact, String sentence) {
			int sources = 1 + this.random.nextInt(3);
			for (int s = 0; s < sources; s++) {
				int source = this.count / 12 + s;
				while (this.texts.size() <= source) {
					this.sourceIds.add("gen-source-" + (SyntheticGraph.this.sourceCount++));
					this.texts.add(new StringBuilder());
				}
				this.texts.get(source).append(sentence).append(' ');
				this.byLabel.computeIfAbsent(label, key -> new ArrayList<>())
					.add(Map.of("id", "gen-citation-" + this.prefix + "-" + this.count + "-" + s, "fact", fact,
							"source", this.sourceIds.get(source), "quote", sentence));
			}
			this.count++;
		}

		List<Map<String, Object>> sources() {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int i = 0; i < this.texts.size(); i++) {
				String text = this.texts.get(i).toString().strip();
				rows.add(Map.of("id", this.sourceIds.get(i), "title", "Synthetic report " + this.sourceIds.get(i),
						"publisher", "Synthetic Wire", "text", text, "contentHash",
						sha256(text + this.sourceIds.get(i))));
			}
			return rows;
		}

		Map<String, List<Map<String, Object>>> byLabel() {
			return this.byLabel;
		}

	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
