/** Who changed what, when, from what to what; and mutations that are safe to retry. */
@NullMarked
package org.treatygraph.history;

import org.jspecify.annotations.NullMarked;
