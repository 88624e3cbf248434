package org.treatygraph.source;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.treatygraph.history.ChangeLog.Creation;
import org.treatygraph.history.ChangeLog;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLookup;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.NotFoundException;
import org.treatygraph.system.Text;
import org.treatygraph.system.security.Caller;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ties facts to the passages that state them, inside the transaction that writes the
 * fact: a fact whose citation is refused is not written either.
 */
@Component
public class Citations {

	/** Node types that are facts and so must be cited. */
	public static final Set<NodeType> FACTS = Set.of(NodeType.AGREEMENT, NodeType.PARTY, NodeType.AGREEMENT_LINK,
			NodeType.SIGNATURE, NodeType.AGREEMENT_ACTION, NodeType.EVENT, NodeType.ATTENDANCE, NodeType.MEMBERSHIP,
			NodeType.TENURE);

	public static final int MAX_QUOTE = 2000;

	public static final int MAX_CITATIONS = 20;

	/**
	 * Cites the node bound to {@code fact} with the list bound to {@code citations}, made
	 * by {@link CheckedCitations#of}, and records each citation's creation: for a
	 * statement that creates a fact and its citations together.
	 */
	public static final String CITE_FACT = """
			CALL (fact, citations) {
			  UNWIND citations AS citation
			  MATCH (source:Source {id: citation.sourceKey})
			  CREATE (cited:Citation) SET cited = citation.properties, cited.createdAt = datetime.transaction()
			  CREATE (cited)-[:SUPPORTS]->(fact), (cited)-[:FROM_SOURCE]->(source)
			  WITH cited AS created, citation.change AS change
			""" + ChangeLog.RECORD_CREATION + """
			}
			""";

	/**
	 * Records the creation of the new fact bound to {@code fact} and cites it, in the
	 * statement that creates it, from the values {@link CheckedCitations#creationOf}
	 * made: a fact recorded with its history and citations in one round trip instead of
	 * one per node.
	 */
	public static final String RECORD_AND_CITE = """
			WITH fact
			CALL (fact) {
			  WITH fact AS created, $change AS change
			""" + ChangeLog.RECORD_CREATION + """
			}
			WITH fact, $citations AS citations
			""" + CITE_FACT;

	private static final String SOURCE_TEXTS = """
			UNWIND $keys AS key
			OPTIONAL MATCH (s:Source {id: key})
			RETURN key, s IS NOT NULL AS found, s.text AS text, datetime.transaction() AS now
			""";

	private static final String CITE = "WITH $label AS label, $factKey AS key\n" + NodeLookup.NODE_BY_LABEL_AND_KEY
			+ """
					MATCH (s:Source {id: $sourceKey})
					WHERE NOT EXISTS {
					  MATCH (cited:Citation {factKey: $factKey})-[:FROM_SOURCE]->(s)
					  WHERE cited.quote = $quote AND NOT cited:Retracted AND (cited)-[:SUPPORTS]->(n)
					}
					CREATE (c:Citation {id: $id, quote: $quote, factKey: $factKey, createdAt: datetime.transaction(), createdBy: $by})
					CREATE (c)-[:SUPPORTS]->(n), (c)-[:FROM_SOURCE]->(s)
					RETURN count(c) > 0 AS made, head(collect(properties(c))) AS properties
					""";

	private final Neo4jClient neo4j;

	private final SourceRegistry sources;

	private final ChangeLog changes;

	Citations(Neo4jClient neo4j, SourceRegistry sources, ChangeLog changes) {
		this.neo4j = neo4j;
		this.sources = sources;
		this.changes = changes;
	}

	/**
	 * Cites the fact with each passage; at least one is required.
	 * @param argument path of the citations list in the input, such as
	 * {@code input.citations}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void cite(GlobalId fact, @Nullable List<CitationInput> citations, String argument,
			@Nullable String clientMutationId) {
		cite(fact, check(citations, argument, clientMutationId), clientMutationId);
	}

	/**
	 * Cites the fact with each passage checked before, but those that already cite it: a
	 * retry or a re-import adds nothing.
	 * @return the keys of the new citations
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<String> cite(GlobalId fact, CheckedCitations citations, @Nullable String clientMutationId) {
		List<String> made = new ArrayList<>();
		for (CheckedCitations.Passage passage : citations.passages()) {
			String id = "cit-" + UUID.randomUUID();
			Map<String, Object> cited = this.neo4j.query(CITE)
				.bindAll(Map.of("label", fact.type().label(), "factKey", fact.key(), "sourceKey", passage.sourceKey(),
						"id", id, "quote", passage.quote(), "by", Caller.current().name()))
				.fetch()
				.one()
				.orElse(Map.of());
			if (!Boolean.TRUE.equals(cited.get("made"))) {
				// the same passage of the same source already states the fact
				continue;
			}
			made.add(id);
			this.changes.recordCreation(new GlobalId(NodeType.CITATION, id), "cite", ChangeLog.properties(cited),
					clientMutationId);
		}
		return made;
	}

	/**
	 * Checks the citations a curator sent (at least one, each quote found in its source's
	 * text) with one statement for all their sources, registering a new source when one
	 * is given; nothing is cited yet.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public CheckedCitations check(@Nullable List<CitationInput> citations, String argument,
			@Nullable String clientMutationId) {
		if (citations == null || citations.isEmpty()) {
			throw new InvalidArgumentException(argument,
					"every fact needs at least one citation: a source and the passage that states it");
		}
		if (citations.size() > MAX_CITATIONS) {
			throw new InvalidArgumentException(argument,
					"at most %d citations at once, was %d".formatted(MAX_CITATIONS, citations.size()));
		}
		List<String> quotes = new ArrayList<>();
		List<String> sourceKeys = new ArrayList<>();
		for (int i = 0; i < citations.size(); i++) {
			quotes.add(Text.required(citations.get(i).quote(), argument + "[" + i + "].quote", MAX_QUOTE));
			sourceKeys.add(sourceOf(citations.get(i), argument + "[" + i + "]", clientMutationId));
		}
		SourcesRead read = SourcesRead.inThisTransaction();
		Map<String, SourceText> texts = new HashMap<>(read.texts);
		Set<String> unread = new LinkedHashSet<>(sourceKeys);
		unread.removeAll(texts.keySet());
		if (!unread.isEmpty()) {
			this.neo4j.query(SOURCE_TEXTS).bind(List.copyOf(unread)).to("keys").fetch().all().forEach(row -> {
				texts.put((String) row.get("key"),
						new SourceText(Boolean.TRUE.equals(row.get("found")), (String) row.get("text")));
				read.now = (ZonedDateTime) row.get("now");
			});
			texts.forEach(read::keep);
		}
		// every source cited was read before in this transaction, which read its time too
		ZonedDateTime now = Objects.requireNonNull(read.now);
		List<CheckedCitations.Passage> passages = new ArrayList<>();
		for (int i = 0; i < citations.size(); i++) {
			String path = argument + "[" + i + "]";
			SourceText source = texts.get(sourceKeys.get(i));
			if (!source.found()) {
				throw new NotFoundException(path + ".sourceId", "no %s has id '%s'".formatted(NodeType.SOURCE.label(),
						GlobalId.encode(NodeType.SOURCE, sourceKeys.get(i))));
			}
			String quote = quotes.get(i);
			String passage = source.text() == null ? quote
					: Passage.find(quote, source.text())
						.orElseThrow(() -> new InvalidArgumentException(path + ".quote",
								"the quote does not occur in the source's text"));
			passages.add(new CheckedCitations.Passage(sourceKeys.get(i), passage));
		}
		return new CheckedCitations(passages, now, this.changes);
	}

	private String sourceOf(CitationInput citation, String argument, @Nullable String clientMutationId) {
		if ((citation.sourceId() == null) == (citation.source() == null)) {
			throw new InvalidArgumentException(argument,
					"give either sourceId (a registered source) or source (a new one), not both or neither");
		}
		if (citation.source() != null) {
			return this.sources.register(citation.source(), argument + ".source", clientMutationId).key();
		}
		return GlobalId.require(citation.sourceId(), NodeType.SOURCE, argument + ".sourceId");
	}

	private record SourceText(boolean found, @Nullable String text) {
	}

	/**
	 * The sources a transaction has read, and its time: a source's text never changes
	 * once registered (sources are neither edited, merged nor deleted), so an import's
	 * lines, two hundred to a transaction and most citing a source a line before them
	 * cited, read each source once, not once a line. Only sources found are kept: a
	 * source registered later in the transaction is read when first cited. The texts kept
	 * are bounded, as articles may be long.
	 */
	private static final class SourcesRead {

		private static final Object RESOURCE = SourcesRead.class.getName();

		/** Characters of text kept at most, a few megabytes of heap. */
		private static final int MAX_KEPT = 2_000_000;

		private final Map<String, SourceText> texts = new HashMap<>();

		private int kept;

		private @Nullable ZonedDateTime now;

		void keep(String key, SourceText text) {
			int length = (text.text() == null) ? 0 : text.text().length();
			if (text.found() && !this.texts.containsKey(key) && this.kept + length <= MAX_KEPT) {
				this.texts.put(key, text);
				this.kept += length;
			}
		}

		static SourcesRead inThisTransaction() {
			SourcesRead read = (SourcesRead) TransactionSynchronizationManager.getResource(RESOURCE);
			if (read != null) {
				return read;
			}
			SourcesRead fresh = new SourcesRead();
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.bindResource(RESOURCE, fresh);
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

					@Override
					public void afterCompletion(int status) {
						TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
					}

				});
			}
			return fresh;
		}

	}

	/**
	 * Citations checked against their sources, ready to be written with a fact in one
	 * statement ({@link #CITE_FACT}).
	 */
	public static final class CheckedCitations {

		private final List<Passage> passages;

		private final ZonedDateTime at;

		private final ChangeLog changes;

		CheckedCitations(List<Passage> passages, ZonedDateTime at, ChangeLog changes) {
			this.passages = List.copyOf(passages);
			this.at = at;
			this.changes = changes;
		}

		/**
		 * The transaction's time ({@code datetime.transaction()}, read with the sources):
		 * what the facts written with these citations get as {@code createdAt}, and their
		 * history as its time.
		 */
		public ZonedDateTime at() {
			return this.at;
		}

		List<Passage> passages() {
			return this.passages;
		}

		/**
		 * The values to bind for {@link Citations#RECORD_AND_CITE} when {@code fact} is
		 * created with {@code properties} (bound to {@code properties}; those that are
		 * null are not stored): the record of its creation and its citations, whose
		 * creations are added to {@code creations} for announcing once written.
		 */
		public Map<String, @Nullable Object> creationOf(GlobalId fact, String operation,
				Map<String, @Nullable Object> properties, @Nullable String clientMutationId, List<Creation> creations) {
			Creation creation = this.changes.creation(fact, operation, properties, this.at, clientMutationId);
			creations.add(creation);
			Map<String, @Nullable Object> values = new HashMap<>();
			values.put("properties", properties);
			values.put("change", creation.change());
			values.put("citations", of(fact, clientMutationId, creations));
			return values;
		}

		/**
		 * The value to bind to {@code citations} for {@code fact}: each citation with a
		 * new id and the record of its creation, which is added to {@code creations} for
		 * announcing once written. A passage sent twice cites the fact once.
		 */
		public List<Map<String, Object>> of(GlobalId fact, @Nullable String clientMutationId,
				List<Creation> creations) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Passage passage : new LinkedHashSet<>(this.passages)) {
				GlobalId citation = new GlobalId(NodeType.CITATION, "cit-" + UUID.randomUUID());
				Map<String, Object> properties = Map.of("id", citation.key(), "quote", passage.quote(), "factKey",
						fact.key(), "createdBy", Caller.current().name());
				Creation creation = this.changes.creation(citation, "cite", properties, this.at, clientMutationId);
				creations.add(creation);
				rows.add(Map.of("sourceKey", passage.sourceKey(), "properties", properties, "change",
						creation.change()));
			}
			return rows;
		}

		record Passage(String sourceKey, String quote) {
		}

	}

}
