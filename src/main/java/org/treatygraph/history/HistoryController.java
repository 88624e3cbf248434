package org.treatygraph.history;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.system.Cursor;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.Paging.Connection;
import org.treatygraph.system.Paging;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** {@code history(id:)}: every recorded change of a node, oldest first. */
@Controller
class HistoryController {

	private static final String PAGE = """
			MATCH (c:Change {entityType: $page.type, entityKey: $page.key})
			WITH c, """ + Change.SORT_KEY
			+ """
					 AS sortKey ORDER BY sortKey
					WITH collect({c: c, sortKey: sortKey}) AS matches
					WITH size(matches) AS total,
					     [m IN matches WHERE $page.afterKey IS NULL OR m.sortKey > $page.afterSortKey
					                  OR (m.sortKey = $page.afterSortKey AND m.c.id > $page.afterKey) | m.c][0..$limit] AS pageNodes
					RETURN total, [c IN pageNodes | """
			+ Change.PROJECTION + "] AS page";

	private final Neo4jClient neo4j;

	private final Paging paging;

	HistoryController(Neo4jClient neo4j, Paging paging) {
		this.neo4j = neo4j;
		this.paging = paging;
	}

	@QueryMapping
	@Transactional(readOnly = true)
	Connection<Change> history(@Argument String id, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		GlobalId node = GlobalId.decode(id)
			.orElseThrow(() -> new InvalidArgumentException("id", "'%s' is not a Treatygraph id".formatted(id)));
		return Paging.fetch(this.neo4j, PAGE, Map.of("type", node.type().label(), "key", node.key()),
				this.paging.request(first, after), Change::from, change -> new Cursor(change.sortKey(), change.key()));
	}

}
