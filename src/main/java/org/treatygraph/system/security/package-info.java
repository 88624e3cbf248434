/** Who may write: curators by HTTP Basic or API token, readers, and anonymous reads. */
@NullMarked
package org.treatygraph.system.security;

import org.jspecify.annotations.NullMarked;
