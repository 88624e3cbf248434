/**
 * How nodes relate: the timeline of one node, the bilateral picture between several, and
 * the shortest explained paths between two. Uses {@code system}, {@code node},
 * {@code date}, {@code source} and {@code country}; features fill in its
 * {@code Relations} fields.
 */
@NullMarked
package org.treatygraph.relation;

import org.jspecify.annotations.NullMarked;
