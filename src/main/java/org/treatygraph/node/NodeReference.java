package org.treatygraph.node;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A node the response has just read from the graph, handed to the client without another
 * read when the query selects only what that read brought: its id and, when read, the
 * name it goes by (the title of an agreement or a source). A path's hops, a timeline's
 * facts and search hits asked for as {@code { id name }} cost no further statement.
 *
 * @param display the node's name or title as it stands now, or null when not read
 */
public record NodeReference(GlobalId globalId, @Nullable String display) {

	/** The field that shows each type's name, for the types that have one. */
	private static final Map<NodeType, String> DISPLAY_FIELDS = Map.of(NodeType.COUNTRY, "name", NodeType.PERSON,
			"name", NodeType.ORGANIZATION, "name", NodeType.PLACE, "name", NodeType.EVENT, "name", NodeType.AGREEMENT,
			"title", NodeType.SOURCE, "title");

	public static NodeReference of(GlobalId globalId) {
		return new NodeReference(globalId, null);
	}

	public String id() {
		return this.globalId.id();
	}

	public @Nullable String name() {
		return this.display;
	}

	public @Nullable String title() {
		return this.display;
	}

	/** Whether this reference holds what the field of its type shows. */
	boolean answers(String field) {
		return field.equals("id") || field.equals("__typename")
				|| this.display != null && field.equals(DISPLAY_FIELDS.get(this.globalId.type()));
	}

	/** The same reference without the name, which only reads of the present may show. */
	NodeReference idOnly() {
		return this.display == null ? this : of(this.globalId);
	}

}
