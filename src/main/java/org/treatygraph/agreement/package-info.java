/** Agreements, their parties, signatures and dated steps. */
@NullMarked
package org.treatygraph.agreement;

import org.jspecify.annotations.NullMarked;
