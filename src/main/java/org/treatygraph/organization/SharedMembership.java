package org.treatygraph.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeReference;
import org.treatygraph.node.NodeType;

/**
 * An organisation, by key and with the name the read found, and the memberships in it of
 * those asked about.
 */
record SharedMembership(String organizationKey, @Nullable String organizationName, List<Membership> memberships) {

	NodeReference organization() {
		return new NodeReference(new GlobalId(NodeType.ORGANIZATION, this.organizationKey), this.organizationName);
	}

}
