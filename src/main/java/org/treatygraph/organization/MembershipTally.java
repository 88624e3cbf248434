package org.treatygraph.organization;

import java.util.List;

/**
 * An organisation, by key, and how many members of the kinds asked about it has, with
 * every kind's count beside.
 */
record MembershipTally(String organizationKey, int members, List<KindTally> byKind) {

	/** How many memberships of one kind. */
	record KindTally(MembershipKind kind, int count) {
	}

}
