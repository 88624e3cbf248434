/**
 * Proposals: facts read from an article's text, kept for a curator to accept or reject,
 * and recorded through the curation mutations. Uses: system, node, history, and exchange
 * (to run a mutation as the curator).
 */
@NullMarked
package org.treatygraph.proposal;

import org.jspecify.annotations.NullMarked;
