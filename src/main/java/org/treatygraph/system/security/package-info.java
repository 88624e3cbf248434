/**
 * Who may write: curators by HTTP Basic or API token, readers, and anonymous reads; the
 * Bolt password of the embedded database. Uses nothing beyond {@code system}.
 */
@NullMarked
package org.treatygraph.system.security;

import org.jspecify.annotations.NullMarked;
