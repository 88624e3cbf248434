/**
 * Organisations, their memberships in one another, and where they are based. Uses the
 * packages below it: {@code system}, {@code node}, {@code date}, {@code search},
 * {@code history}, {@code identifier}, {@code source}, {@code country} and
 * {@code relation}.
 */
@NullMarked
package org.treatygraph.organization;

import org.jspecify.annotations.NullMarked;
