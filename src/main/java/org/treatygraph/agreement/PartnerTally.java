package org.treatygraph.agreement;

import org.treatygraph.system.GlobalId;

/** A partner and how many agreements it shares. */
record PartnerTally(GlobalId partner, int agreements) {
}
