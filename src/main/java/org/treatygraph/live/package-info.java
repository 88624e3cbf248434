/**
 * Live updates: GraphQL subscriptions over WebSocket that tell dashboards when curators
 * add or change facts involving a country.
 */
@NullMarked
package org.treatygraph.live;

import org.jspecify.annotations.NullMarked;
