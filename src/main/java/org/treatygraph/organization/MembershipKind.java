package org.treatygraph.organization;

/**
 * How a country or organisation belongs to an organisation, as sources put it: BRICS has
 * full members and partner countries, ASEAN dialogue partners, the UN General Assembly
 * observers. Counted and phrased apart everywhere, so a partner is never shown as a
 * member.
 */
public enum MembershipKind {

	FULL_MEMBER, PARTNER_COUNTRY, OBSERVER, ASSOCIATE_MEMBER, DIALOGUE_PARTNER, CANDIDATE;

	/** Memberships recorded before kinds existed, and inputs that name none. */
	public static final MembershipKind DEFAULT = FULL_MEMBER;

}
