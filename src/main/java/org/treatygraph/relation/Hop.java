package org.treatygraph.relation;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeReference;

/**
 * One step of a connection path, its nodes with the names the path's statement read.
 *
 * @param fact the reified fact joining the two nodes, if the step goes through one
 * @param citedBy the fact whose citations state this step: the joining fact, or the event
 * of a step such as "held at"; null for reference data
 */
record Hop(NodeReference from, NodeReference to, @Nullable GlobalId fact, @Nullable GlobalId citedBy,
		String statement) {

	public boolean referenceData() {
		return this.citedBy == null;
	}

}
