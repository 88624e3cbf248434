package org.treatygraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeReference;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.PagingProperties;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code search(query:)}: the full-text index over names, aliases, acronyms and titles,
 * ranked.
 */
@Controller
class SearchController {

	private static final int MAX_QUERY = 200;

	private static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('names', $query, {limit: $limit * 2}) YIELD node, score
			WHERE (node.retractedAt IS NULL OR node.retractedAt > $asOf) AND coalesce(node.createdAt <= $asOf, true) AND ($filter.labels IS NULL OR any(label IN labels(node) WHERE label IN $filter.labels))
			RETURN [l IN labels(node) WHERE l <> 'Retracted'][0] AS label, node.id AS key, score,
			       coalesce(node.name, node.title) AS display,
			       [text IN [node.name, node.title, node.acronym] + coalesce(node.aliases, [])
			          + [node.wikidata, node.untsRegistration, node.officialCode] WHERE text IS NOT NULL] AS texts
			ORDER BY score DESC, key
			LIMIT $limit
			""";

	/** The same search as it stands now: retracted nodes carry a label. */
	private static final String CURRENT_SEARCH = """
			CALL db.index.fulltext.queryNodes('names', $query, {limit: $limit * 2}) YIELD node, score
			WHERE NOT node:Retracted AND ($filter.labels IS NULL OR any(label IN labels(node) WHERE label IN $filter.labels))
			RETURN [l IN labels(node) WHERE l <> 'Retracted'][0] AS label, node.id AS key, score,
			       coalesce(node.name, node.title) AS display,
			       [text IN [node.name, node.title, node.acronym] + coalesce(node.aliases, [])
			          + [node.wikidata, node.untsRegistration, node.officialCode] WHERE text IS NOT NULL] AS texts
			ORDER BY score DESC, key
			LIMIT $limit
			""";

	private final Neo4jClient neo4j;

	private final PagingProperties paging;

	SearchController(Neo4jClient neo4j, PagingProperties paging) {
		this.neo4j = neo4j;
		this.paging = paging;
	}

	@QueryMapping
	@Transactional(readOnly = true)
	List<SearchHit> search(@Argument String query, @Argument @Nullable List<String> types,
			@Argument @Nullable Integer first, @Argument @Nullable String asOf, DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		if (query.strip().length() > MAX_QUERY) {
			throw new InvalidArgumentException("query", "must be at most %d characters".formatted(MAX_QUERY));
		}
		int limit = first == null ? this.paging.defaultPageSize() : first;
		if (limit < 1 || limit > this.paging.maxPageSize()) {
			throw new InvalidArgumentException("first",
					"must be between 1 and %d, was %d".formatted(this.paging.maxPageSize(), limit));
		}
		String lucene = NameSearch.rankedQuery(query);
		if (lucene == null) {
			throw new InvalidArgumentException("query", "has no word to search for");
		}
		List<String> words = NameSearch.words(query);
		Map<String, @Nullable Object> parameters = new java.util.HashMap<>();
		parameters.put("query", lucene);
		parameters.put("limit", limit);
		// in a map, so that a search with types and one without share a plan
		Map<String, @Nullable Object> filter = new java.util.HashMap<>();
		filter.put("labels", types);
		parameters.put("filter", filter);
		return List.copyOf(this.neo4j.query(AsOf.present() ? CURRENT_SEARCH : SEARCH)
			.bindAll(parameters)
			.fetchAs(SearchHit.class)
			.mappedBy((typeSystem, row) -> hit(row.get("label").asString(), row.get("key").asString(),
					row.get("display").asString(null), row.get("score").asDouble(),
					row.get("texts").asList(Value::asString), words))
			.all());
	}

	/** A hit's id and name need no read: the search brought them. */
	@SchemaMapping(typeName = "SearchHit", field = "node")
	CompletableFuture<@Nullable Object> node(SearchHit hit, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, hit.node(), selection);
	}

	private static SearchHit hit(String label, String key, @Nullable String display, double score, List<String> texts,
			List<String> words) {
		List<String> marked = new ArrayList<>();
		for (String text : texts) {
			String highlighted = Highlighter.highlight(text, words);
			if (highlighted != null) {
				marked.add(highlighted);
			}
		}
		NodeType type = NodeType.fromLabel(label).orElseThrow();
		return new SearchHit(new NodeReference(new GlobalId(type, key), display), score,
				marked.isEmpty() ? texts.getFirst() : marked.getFirst());
	}

}
