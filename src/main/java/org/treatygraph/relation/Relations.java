package org.treatygraph.relation;

import java.util.List;

import org.treatygraph.node.GlobalId;

/**
 * The {@code relations(between:)} answer: which nodes were asked about. Its fields are
 * filled by the features that own them, each with the node list as its filter.
 *
 * @param between the resolved, distinct references, in the order given
 */
public record Relations(List<GlobalId> between) {
}
