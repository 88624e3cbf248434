package org.treatygraph.node;

/**
 * A node the response has just read from the graph, handed to the client as its id alone
 * when that is all the query selects: a path's hops or a timeline's facts asked for as
 * {@code { id }} or {@code { __typename id }} cost no further statement.
 */
public record NodeReference(GlobalId globalId) {

	public String id() {
		return this.globalId.id();
	}

}
