/**
 * Bulk loading through the driver in UNWIND batches, and a seeded generator of a
 * realistic graph at three scales for tests and benchmarks. Uses {@code agreement}'s
 * vocabulary only.
 */
@NullMarked
package org.treatygraph.bulk;

import org.jspecify.annotations.NullMarked;
