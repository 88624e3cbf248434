/**
 * Articles and documents, and the citations that tie each fact to the passage stating it.
 */
@NullMarked
package org.treatygraph.source;

import org.jspecify.annotations.NullMarked;
