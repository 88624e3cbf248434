/**
 * Articles and documents, the citations that tie each fact to the passage stating it, and
 * retractions; the fields every {@code Fact} shares. Uses {@code system}, {@code node},
 * {@code date} and {@code history}; no feature.
 */
@NullMarked
package org.treatygraph.source;

import org.jspecify.annotations.NullMarked;
