package org.treatygraph.node;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Value;
import org.treatygraph.system.InputErrors;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Existence checks for ids that curators send, inside the mutation's transaction. */
@Component
public class NodeLookup {

	/**
	 * Binds {@code n} to the node whose label is {@code label} and whose id is
	 * {@code key}, two variables of the statement that includes it, or yields no row. One
	 * fixed text serves every type with an index seek per type, where a label spelled
	 * into the text would make a text per type for Neo4j to plan. A merged duplicate is
	 * found under {@code Merged}, the label it keeps.
	 */
	public static final String NODE_BY_LABEL_AND_KEY = """
			CALL (label, key) {
			  MATCH (n:Country {id: key}) WHERE label = 'Country' RETURN n
			  UNION ALL
			  MATCH (n:Person {id: key}) WHERE label = 'Person' RETURN n
			  UNION ALL
			  MATCH (n:Organization {id: key}) WHERE label = 'Organization' RETURN n
			  UNION ALL
			  MATCH (n:Place {id: key}) WHERE label = 'Place' RETURN n
			  UNION ALL
			  MATCH (n:Agreement {id: key}) WHERE label = 'Agreement' RETURN n
			  UNION ALL
			  MATCH (n:Party {id: key}) WHERE label = 'Party' RETURN n
			  UNION ALL
			  MATCH (n:AgreementLink {id: key}) WHERE label = 'AgreementLink' RETURN n
			  UNION ALL
			  MATCH (n:Signature {id: key}) WHERE label = 'Signature' RETURN n
			  UNION ALL
			  MATCH (n:AgreementAction {id: key}) WHERE label = 'AgreementAction' RETURN n
			  UNION ALL
			  MATCH (n:Event {id: key}) WHERE label = 'Event' RETURN n
			  UNION ALL
			  MATCH (n:Attendance {id: key}) WHERE label = 'Attendance' RETURN n
			  UNION ALL
			  MATCH (n:Membership {id: key}) WHERE label = 'Membership' RETURN n
			  UNION ALL
			  MATCH (n:Tenure {id: key}) WHERE label = 'Tenure' RETURN n
			  UNION ALL
			  MATCH (n:Source {id: key}) WHERE label = 'Source' RETURN n
			  UNION ALL
			  MATCH (n:Citation {id: key}) WHERE label = 'Citation' RETURN n
			  UNION ALL
			  MATCH (n:Claim {id: key}) WHERE label = 'Claim' RETURN n
			  UNION ALL
			  MATCH (n:Proposal {id: key}) WHERE label = 'Proposal' RETURN n
			  UNION ALL
			  MATCH (n:Merged {id: key}) WHERE label = 'Merged' RETURN n
			}
			""";

	private static final String EXISTS = "WITH $label AS label, $key AS key\n" + NODE_BY_LABEL_AND_KEY
			+ "RETURN count(n) > 0";

	private static final String ALL_EXIST = "UNWIND $references AS reference\n"
			+ "WITH reference.label AS label, reference.key AS key\n" + NODE_BY_LABEL_AND_KEY
			+ "RETURN collect(key) AS found";

	private final Neo4jClient neo4j;

	NodeLookup(Neo4jClient neo4j) {
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
		List<String> found = foundKeys(ids);
		for (int i = 0; i < ids.size(); i++) {
			if (!found.contains(ids.get(i).key())) {
				throw new NotFoundException(argument + "[" + i + "]",
						"no %s has id '%s'".formatted(ids.get(i).type().label(), ids.get(i).id()));
			}
		}
	}

	/** The keys of those of the nodes that exist, with one statement. */
	@SuppressWarnings("unchecked")
	private List<String> foundKeys(Collection<GlobalId> ids) {
		return this.neo4j.query(ALL_EXIST)
			.bind(ids.stream().map(NodeLookup::reference).toList())
			.to("references")
			.fetchAs(List.class)
			.mappedBy((types, row) -> row.get("found").asList(Value::asString))
			.one()
			.orElseThrow();
	}

	/**
	 * The parameters {@link #NODE_BY_LABEL_AND_KEY} takes for one node, as a map for a
	 * list.
	 */
	public static Map<String, Object> reference(GlobalId id) {
		return Map.of("label", id.type().label(), "key", id.key());
	}

	/**
	 * The nodes one input names, each noted as its field is checked and all looked up
	 * together by {@link References#requireAll}: one statement for an input that names an
	 * agreement, a person and an event, not one per field. A missing node's error takes
	 * its field's place among the input's errors.
	 */
	public References references(InputErrors errors) {
		return new References(errors);
	}

	/** The nodes an input names, by the argument that names each. */
	public final class References {

		private final InputErrors errors;

		private final Map<String, Named> named = new LinkedHashMap<>();

		private References(InputErrors errors) {
			this.errors = errors;
		}

		/**
		 * The key of the node a client's id names, checked to be of the expected type;
		 * whether it exists is checked with the others.
		 */
		public String key(String id, NodeType type, String argument) {
			String key = GlobalId.require(id, type, argument);
			node(new GlobalId(type, key), argument);
			return key;
		}

		/**
		 * A node found otherwise (an actor named by ISO code), checked with the others.
		 */
		public GlobalId node(GlobalId id, String argument) {
			this.named.put(argument, new Named(id, this.errors.place()));
			return id;
		}

		/**
		 * Notes an error naming the argument for each node that does not exist, with one
		 * statement for all.
		 */
		public void requireAll() {
			if (this.named.isEmpty()) {
				return;
			}
			List<String> found = foundKeys(this.named.values().stream().map(Named::id).toList());
			this.named.forEach((argument, named) -> {
				GlobalId id = named.id();
				if (!found.contains(id.key())) {
					named.error()
						.accept(new NotFoundException(argument, "no %s has id '%s'".formatted(id.type().label(),
								GlobalId.encode(id.type(), id.key()))));
				}
			});
		}

		private record Named(GlobalId id, Consumer<InvalidArgumentException> error) {
		}

	}

	/** An error naming the argument when no node of the id's type has its key. */
	public void requireExists(GlobalId id, String argument) {
		boolean exists = this.neo4j.query(EXISTS).bindAll(reference(id)).fetchAs(Boolean.class).one().orElse(false);
		if (!exists) {
			throw new NotFoundException(argument,
					"no %s has id '%s'".formatted(id.type().label(), GlobalId.encode(id.type(), id.key())));
		}
	}

}
