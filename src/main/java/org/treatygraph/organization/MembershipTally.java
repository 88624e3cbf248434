package org.treatygraph.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeReference;
import org.treatygraph.node.NodeType;

/**
 * An organisation, by key and with the name the tally read, and how many members of the
 * kinds asked about it has, with every kind's count beside.
 */
record MembershipTally(String organizationKey, @Nullable String organizationName, int members, List<KindTally> byKind) {

	NodeReference organization() {
		return new NodeReference(new GlobalId(NodeType.ORGANIZATION, this.organizationKey), this.organizationName);
	}

	/** How many memberships of one kind. */
	record KindTally(MembershipKind kind, int count) {
	}

}
