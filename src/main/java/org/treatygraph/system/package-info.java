/**
 * What crosses features: the embedded Neo4j, migrations, paging, ids, errors and
 * GraphiQL.
 */
@NullMarked
package org.treatygraph.system;

import org.jspecify.annotations.NullMarked;
