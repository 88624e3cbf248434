package org.treatygraph.node;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * How a feature loads the node types it owns by their keys, one query per type; each
 * feature contributes one.
 */
public interface NodeFetcher {

	/**
	 * For each node type, a function from keys to views by key; keys that name no node
	 * are left out.
	 */
	Map<NodeType, Function<Collection<String>, Map<String, ?>>> fetchers();

}
