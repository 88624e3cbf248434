package org.treatygraph.history;

import java.time.Instant;

import org.treatygraph.node.GlobalId;

/**
 * Published inside a curator's transaction for every recorded change; listeners that tell
 * the outside world wait for the commit, so a rolled-back change is never announced.
 *
 * @param node the node changed (for a merge, the survivor)
 * @param operation the mutation, such as {@code createAgreement} or {@code retract}
 * @param by the curator's name
 */
public record ChangeRecorded(GlobalId node, String operation, String by, Instant at) {
}
