/**
 * Live updates: GraphQL subscriptions over WebSocket that tell dashboards when curators
 * add or change facts involving a country. Uses {@code system}, {@code node},
 * {@code history} and {@code country}.
 */
@NullMarked
package org.treatygraph.live;

import org.jspecify.annotations.NullMarked;
