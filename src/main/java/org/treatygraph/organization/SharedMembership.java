package org.treatygraph.organization;

import java.util.List;

/** An organisation, by key, and the memberships in it of those asked about. */
record SharedMembership(String organizationKey, List<Membership> memberships) {
}
