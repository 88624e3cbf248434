package org.treatygraph.source;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.treatygraph.history.ChangeLog;
import org.treatygraph.system.GlobalId;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.NodeType;
import org.treatygraph.system.Nodes;
import org.treatygraph.system.Text;
import org.treatygraph.system.security.Caller;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

	private static final String SOURCE_TEXT = """
			MATCH (s:Source {id: $key}) RETURN s.text AS text
			""";

	private static final String CITE = """
			MATCH (f:%s {id: $factKey}), (s:Source {id: $sourceKey})
			CREATE (c:Citation {id: $id, quote: $quote, createdAt: datetime.transaction(), createdBy: $by})
			CREATE (c)-[:SUPPORTS]->(f), (c)-[:FROM_SOURCE]->(s)
			""";

	private final Neo4jClient neo4j;

	private final SourceRegistry sources;

	private final ChangeLog changes;

	private final Nodes nodes;

	Citations(Neo4jClient neo4j, SourceRegistry sources, ChangeLog changes, Nodes nodes) {
		this.neo4j = neo4j;
		this.sources = sources;
		this.changes = changes;
		this.nodes = nodes;
	}

	/**
	 * Cites the fact with each passage; at least one is required.
	 * @param argument path of the citations list in the input, such as
	 * {@code input.citations}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void cite(GlobalId fact, @Nullable List<CitationInput> citations, String argument,
			@Nullable String clientMutationId) {
		if (citations == null || citations.isEmpty()) {
			throw new InvalidArgumentException(argument,
					"every fact needs at least one citation: a source and the passage that states it");
		}
		if (citations.size() > MAX_CITATIONS) {
			throw new InvalidArgumentException(argument,
					"at most %d citations at once, was %d".formatted(MAX_CITATIONS, citations.size()));
		}
		for (int i = 0; i < citations.size(); i++) {
			cite(fact, citations.get(i), argument + "[" + i + "]", clientMutationId);
		}
	}

	private void cite(GlobalId fact, CitationInput citation, String argument, @Nullable String clientMutationId) {
		String quote = Text.required(citation.quote(), argument + ".quote", MAX_QUOTE);
		String sourceKey = sourceOf(citation, argument, clientMutationId);
		String text = this.neo4j.query(SOURCE_TEXT)
			.bind(sourceKey)
			.to("key")
			.fetch()
			.one()
			.map(row -> (String) row.get("text"))
			.orElse(null);
		String passage = text == null ? quote
				: Passage.find(quote, text)
					.orElseThrow(() -> new InvalidArgumentException(argument + ".quote",
							"the quote does not occur in the source's text"));
		String id = "cit-" + UUID.randomUUID();
		this.neo4j.query(CITE.formatted(fact.type().label()))
			.bindAll(Map.of("factKey", fact.key(), "sourceKey", sourceKey, "id", id, "quote", passage, "by",
					Caller.current().name()))
			.run();
		this.changes.record(new GlobalId(NodeType.CITATION, id), "cite", null, clientMutationId);
	}

	private String sourceOf(CitationInput citation, String argument, @Nullable String clientMutationId) {
		if ((citation.sourceId() == null) == (citation.source() == null)) {
			throw new InvalidArgumentException(argument,
					"give either sourceId (a registered source) or source (a new one), not both or neither");
		}
		if (citation.source() != null) {
			return this.sources.register(citation.source(), argument + ".source", clientMutationId).key();
		}
		String key = this.nodes.existing(citation.sourceId(), NodeType.SOURCE, argument + ".sourceId");
		return key;
	}

}
