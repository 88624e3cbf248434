package org.treatygraph.organization;

/** An organisation, by key, and how many members it has. */
record MembershipTally(String organizationKey, int members) {
}
