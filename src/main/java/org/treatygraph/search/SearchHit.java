package org.treatygraph.search;

import org.treatygraph.node.GlobalId;

/**
 * One result of the search box.
 *
 * @param node the node found
 * @param score Lucene's relevance; higher is better
 * @param matchedIn the name, alias, acronym or title that matched, with matched words
 * marked
 */
record SearchHit(GlobalId node, double score, String matchedIn) {
}
