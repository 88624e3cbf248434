/** Organisations, their memberships in one another, and where they are based. */
@NullMarked
package org.treatygraph.organization;

import org.jspecify.annotations.NullMarked;
