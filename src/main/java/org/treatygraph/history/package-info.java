/**
 * Who changed what, when, from what to what; creations recorded with their merge; and
 * mutations that are safe to retry. Uses {@code system} and {@code node}.
 */
@NullMarked
package org.treatygraph.history;

import org.jspecify.annotations.NullMarked;
