/**
 * The graph in and out as Treatygraph lines (JSON Lines, one curation mutation's input
 * per line): export by streaming, import through the mutations themselves, over HTTP and
 * from the command line. Uses: system, and the GraphQL API of every feature.
 */
@NullMarked
package org.treatygraph.exchange;

import org.jspecify.annotations.NullMarked;
