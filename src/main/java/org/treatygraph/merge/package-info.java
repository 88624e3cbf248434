/**
 * Merging two records of the same person or organisation into one, keeping every fact and
 * id. Uses {@code system}, {@code node} and {@code history}.
 */
@NullMarked
package org.treatygraph.merge;

import org.jspecify.annotations.NullMarked;
