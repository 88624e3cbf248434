package org.treatygraph.agreement;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;

/**
 * A partner and how many agreements it shares.
 *
 * @param node the partner itself, a country or an organisation, when the statement read
 * it too, so {@code partner} needs no statement of its own
 */
record PartnerTally(GlobalId partner, int agreements, @Nullable Object node) {
}
