package org.treatygraph.agreement;

import java.util.HashSet;
import java.util.Set;

/**
 * Where one party to an agreement stands, from what the graph records of it: the steps it
 * took itself, the signatures given on its behalf, and the steps and signatures that name
 * no party, which a source reporting "Cuba and Russia signed" means for both.
 *
 * @param own kinds of the steps the party took itself
 * @param everyParty kinds of the steps that name no party
 * @param signed whether a signature was given on its behalf, or one on nobody's
 * @param stepsByParties whether any party of the agreement has steps of its own; when
 * none has, the agreement is recorded as a whole, and a general entry into force is every
 * party's
 */
record PartyStatus(Set<String> own, Set<String> everyParty, boolean signed, boolean stepsByParties) {

	/**
	 * The furthest step reached, or the end. A general entry into force counts for a
	 * party bound by its own consent, or for every party of an agreement recorded as a
	 * whole: a convention in force does not bind the states that only signed it.
	 */
	String status() {
		Set<String> all = new HashSet<>(this.own);
		all.addAll(this.everyParty);
		boolean bound = all.stream().anyMatch(AgreementAction.CONSENTS::contains);
		if (all.contains("TERMINATED")) {
			return "TERMINATED";
		}
		if (all.contains("WITHDRAWN")) {
			return "WITHDRAWN";
		}
		if (this.own.contains("ENTERED_INTO_FORCE")
				|| this.everyParty.contains("ENTERED_INTO_FORCE") && (bound || !this.stepsByParties)) {
			return "IN_FORCE";
		}
		if (bound) {
			return "RATIFIED";
		}
		if (all.contains("SIGNED") || this.signed) {
			return "SIGNED";
		}
		if (all.contains("CONCLUDED")) {
			return "CONCLUDED";
		}
		return all.contains("ANNOUNCED") ? "ANNOUNCED" : "UNKNOWN";
	}

}
