/**
 * The search box over every named node, and the name-filter syntax features share. Uses
 * {@code system} and {@code node}.
 */
@NullMarked
package org.treatygraph.search;

import org.jspecify.annotations.NullMarked;
