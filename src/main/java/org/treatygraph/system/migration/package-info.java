/**
 * Versioned Cypher migrations applied at start-up, checksummed, one transaction per file.
 * Uses nothing beyond {@code system}.
 */
@NullMarked
package org.treatygraph.system.migration;

import org.jspecify.annotations.NullMarked;
