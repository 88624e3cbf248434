/**
 * What every feature needs to run: the embedded Neo4j, migrations, HTTP and GraphQL
 * limits, errors, security, paging, cursors and the as-of binding. Uses no feature;
 * everything else may use it.
 */
@NullMarked
package org.treatygraph.system;

import org.jspecify.annotations.NullMarked;
