package org.treatygraph.agreement;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeReference;
import org.treatygraph.node.NodeType;

/**
 * A person, by key and with the name the tally read, and how many agreements they signed.
 */
record SignatoryTally(String personKey, @Nullable String personName, int signatures) {

	NodeReference person() {
		return new NodeReference(new GlobalId(NodeType.PERSON, this.personKey), this.personName);
	}

}
