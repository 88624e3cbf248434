package org.treatygraph.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.treatygraph.date.FuzzyDate;
import org.treatygraph.date.FuzzyDateInput;
import org.treatygraph.history.ChangeLog;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.Text;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers each article or document once: by its canonical URL, or, without one, by the
 * SHA-256 of its text. Registering it again returns the source already known.
 */
@Component
class SourceRegistry {

	static final int MAX_TITLE = 500;

	static final int MAX_TEXT = 1_000_000;

	private static final String BY_URL = """
			MERGE (s:Source {url: $url})
			ON CREATE SET s += $properties, s.id = $id, s.version = 1, s.createdAt = datetime.transaction()
			RETURN s.id AS key, s.id = $id AS created, CASE WHEN s.id = $id THEN properties(s) END AS properties
			""";

	private static final String BY_TEXT = """
			MERGE (s:Source {contentHash: $properties.contentHash})
			ON CREATE SET s += $properties, s.id = $id, s.version = 1, s.createdAt = datetime.transaction()
			RETURN s.id AS key, s.id = $id AS created, CASE WHEN s.id = $id THEN properties(s) END AS properties
			""";

	private final Neo4jClient neo4j;

	private final ChangeLog changes;

	SourceRegistry(Neo4jClient neo4j, ChangeLog changes) {
		this.neo4j = neo4j;
		this.changes = changes;
	}

	/** The source's key, and whether this call created it. */
	@Transactional(propagation = Propagation.MANDATORY)
	Registered register(SourceInput input, String argument, @Nullable String clientMutationId) {
		String url = input.url() == null || input.url().isBlank() ? null
				: CanonicalUrl.of(input.url(), argument + ".url");
		String text = input.text() == null || input.text().isBlank() ? null : input.text();
		if (text != null && text.length() > MAX_TEXT) {
			throw new InvalidArgumentException(argument + ".text",
					"must be at most %d characters, was %d".formatted(MAX_TEXT, text.length()));
		}
		if (url == null && text == null) {
			throw new InvalidArgumentException(argument, "a source needs its url or its text to be recognised again");
		}
		String language = Text.optional(input.language(), argument + ".language", 3);
		if (language != null && !language.matches("[A-Za-z]{2,3}")) {
			throw new InvalidArgumentException(argument + ".language",
					"'%s' is not an ISO 639 language code such as en".formatted(language));
		}
		FuzzyDate published = FuzzyDateInput.orUnknown(input.published(), argument + ".published");
		Map<String, @Nullable Object> properties = new HashMap<>();
		properties.put("title", Text.required(input.title(), argument + ".title", MAX_TITLE));
		properties.put("publisher", Text.optional(input.publisher(), argument + ".publisher", 200));
		properties.put("author", Text.optional(input.author(), argument + ".author", 200));
		properties.put("category", Text.optional(input.category(), argument + ".category", 200));
		properties.put("language", language == null ? null : language.toLowerCase(Locale.ROOT));
		properties.put("text", text);
		properties.put("contentHash", text == null ? null : sha256(text));
		properties.putAll(FuzzyDateInput.properties("published", published));
		properties.put("retrieved", java.time.LocalDate.now().toString());
		String id = "src-" + UUID.randomUUID();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("url", url == null ? "" : url);
		parameters.put("properties", properties);
		Map<String, Object> row = this.neo4j.query(url != null ? BY_URL : BY_TEXT)
			.bindAll(parameters)
			.fetch()
			.one()
			.orElseThrow();
		Registered registered = new Registered((String) row.get("key"), Boolean.TRUE.equals(row.get("created")));
		if (registered.created()) {
			this.changes.recordCreation(new GlobalId(NodeType.SOURCE, registered.key()), "addSource",
					ChangeLog.properties(row), clientMutationId);
		}
		return registered;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Registered(String key, boolean created) {
	}

}
