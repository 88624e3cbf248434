/** Versioned Cypher migrations applied at start-up. */
@NullMarked
package org.treatygraph.system.migration;

import org.jspecify.annotations.NullMarked;
