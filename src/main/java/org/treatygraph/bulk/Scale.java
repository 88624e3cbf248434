package org.treatygraph.bulk;

/**
 * Sizes of the synthetic graph. Relationship counts are about 45 per agreement with its
 * parties, steps, signatures and citations, plus events, posts and memberships.
 */
public enum Scale {

	/** About 100k relationships: seconds to load. */
	S(2_000, 8),
	/** About 1M relationships. */
	M(20_000, 20),
	/** About 10M relationships, where the machine holds it. */
	L(200_000, 60);

	private final int agreements;

	private final int officialsPerCountry;

	Scale(int agreements, int officialsPerCountry) {
		this.agreements = agreements;
		this.officialsPerCountry = officialsPerCountry;
	}

	public int agreements() {
		return this.agreements;
	}

	public int officialsPerCountry() {
		return this.officialsPerCountry;
	}

	public int events() {
		return this.agreements / 5;
	}

}
