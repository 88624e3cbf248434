/**
 * How nodes relate: the timeline of one node, the bilateral picture between several, and
 * the shortest explained paths between two.
 */
@NullMarked
package org.treatygraph.relation;

import org.jspecify.annotations.NullMarked;
