package org.treatygraph.system;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Existence checks for ids that curators send, inside the mutation's transaction. */
@Component
public class Nodes {

	private static final String EXISTS = "MATCH (n:%s {id: $key}) RETURN count(n) > 0";

	private final Neo4jClient neo4j;

	Nodes(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The key of the node a client's id names, checked to be of the expected type and to
	 * exist; a typed error naming the argument otherwise.
	 */
	public String existing(String id, NodeType type, String argument) {
		String key = GlobalId.require(id, type, argument);
		requireExists(new GlobalId(type, key), argument);
		return key;
	}

	/**
	 * One query for a list of ids; an error naming the first missing one as
	 * {@code argument[i]}.
	 */
	public void requireAllExist(List<GlobalId> ids, String argument) {
		StringBuilder cypher = new StringBuilder();
		for (int i = 0; i < ids.size(); i++) {
			cypher.append("OPTIONAL MATCH (n%d:%s {id: $keys[%d]})\n".formatted(i, ids.get(i).type().label(), i));
		}
		cypher.append("RETURN [")
			.append(IntStream.range(0, ids.size())
				.mapToObj(i -> "n" + i + " IS NOT NULL")
				.collect(Collectors.joining(", ")))
			.append("] AS found");
		List<Boolean> found = this.neo4j.query(cypher.toString())
			.bind(ids.stream().map(GlobalId::key).toList())
			.to("keys")
			.fetchAs(List.class)
			.mappedBy((types, row) -> row.get("found").asList(Value::asBoolean))
			.one()
			.orElseThrow();
		for (int i = 0; i < ids.size(); i++) {
			if (!found.get(i)) {
				throw new NotFoundException(argument + "[" + i + "]",
						"no %s has id '%s'".formatted(ids.get(i).type().label(), ids.get(i).id()));
			}
		}
	}

	/** An error naming the argument when no node of the id's type has its key. */
	public void requireExists(GlobalId id, String argument) {
		boolean exists = this.neo4j.query(EXISTS.formatted(id.type().label()))
			.bind(id.key())
			.to("key")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (!exists) {
			throw new NotFoundException(argument,
					"no %s has id '%s'".formatted(id.type().label(), GlobalId.encode(id.type(), id.key())));
		}
	}

}
