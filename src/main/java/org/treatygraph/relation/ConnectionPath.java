package org.treatygraph.relation;

import java.util.List;

/** One way two nodes are connected, hop by hop. */
record ConnectionPath(List<Hop> hops) {

	public int length() {
		return this.hops.size();
	}

}
