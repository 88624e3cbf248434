package org.treatygraph.live;

import java.util.Set;

import org.treatygraph.node.GlobalId;

/**
 * A committed change as subscribers see it.
 *
 * @param at when, ISO 8601 in UTC
 * @param countryKeys the countries the changed fact involves, after the change
 */
record FactChange(GlobalId node, String operation, String curator, String at, Set<String> countryKeys) {
}
