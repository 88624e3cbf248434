package org.treatygraph.search;

import org.treatygraph.node.NodeReference;

/**
 * One result of the search box.
 *
 * @param node the node found, with its name or title
 * @param score Lucene's relevance; higher is better
 * @param matchedIn the name, alias, acronym or title that matched, with matched words
 * marked
 */
record SearchHit(NodeReference node, double score, String matchedIn) {
}
