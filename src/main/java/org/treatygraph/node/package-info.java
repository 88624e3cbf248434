/**
 * The Relay node feature: global ids, node types, {@code node(id:)}/{@code nodes(ids:)},
 * the batched loader features register their fetchers with, and node lookups by label and
 * id. Uses {@code system} only.
 */
@NullMarked
package org.treatygraph.node;

import org.jspecify.annotations.NullMarked;
