/**
 * The built-in analyst page: search, profiles, the network, bilateral views, connections
 * and the quotes behind each fact. Uses no other package: the page only speaks GraphQL.
 */
@NullMarked
package org.treatygraph.page;

import org.jspecify.annotations.NullMarked;
