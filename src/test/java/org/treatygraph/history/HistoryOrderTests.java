package org.treatygraph.history;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.CuratorTest;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A node's history")
class HistoryOrderTests extends CuratorTest {

	@Test
	@DisplayName("lists changes oldest first, also one made on a round tenth of a second, page after page")
	void shouldListChangesInTheOrderTheyWereMade() {
		// Neo4j writes 10:00:00.500 as "10:00:00.5Z", a text that sorts after
		// "10:00:00.512Z"
		List<Map<String, String>> changes = List.of(
				Map.of("id", "chg-b", "at", "2026-03-01T10:00:00.5Z", "operation", "first"),
				Map.of("id", "chg-a", "at", "2026-03-01T10:00:00.512Z", "operation", "second"),
				Map.of("id", "chg-d", "at", "2026-03-01T10:00:01Z", "operation", "third"),
				Map.of("id", "chg-c", "at", "2026-03-01T10:00:01.09Z", "operation", "fourth"));
		// language=Cypher
		this.neo4j.query("""
				UNWIND $changes AS change
				CREATE (:Change {id: change.id, at: datetime(change.at), by: 'curator', operation: change.operation,
				                 entityType: 'Agreement', entityKey: 'agr-history-order', after: '{}'})
				""").bind(changes).to("changes").run();
		String id = GlobalId.encode(NodeType.AGREEMENT, "agr-history-order");
		String document = """
				query($id: ID!, $after: String) {
				  history(id: $id, first: 2, after: $after) { edges { cursor node { operation } } }
				}""";
		var first = this.graphQl.document(document).variable("id", id).execute();
		first.path("history.edges[*].node.operation").entityList(String.class).containsExactly("first", "second");
		String cursor = first.path("history.edges[1].cursor").entity(String.class).get();
		this.graphQl.document(document)
			.variable("id", id)
			.variable("after", cursor)
			.execute()
			.path("history.edges[*].node.operation")
			.entityList(String.class)
			.containsExactly("third", "fourth");
		assertThat(cursor).isNotBlank();
	}

}
