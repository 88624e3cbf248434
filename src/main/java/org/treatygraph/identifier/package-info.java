/**
 * The identifiers the world outside knows a node by (Wikidata items, UN Treaty Series
 * registrations, ISO codes, official codes), and finding a node by one. Uses
 * {@code system}, {@code node} and {@code history}; features implement its
 * {@code Identified}.
 */
@NullMarked
package org.treatygraph.identifier;

import org.jspecify.annotations.NullMarked;
