/**
 * Agreements, their parties, signatures and dated steps, their status and the counts
 * dashboards read. Uses every feature below it up to {@code event}.
 */
@NullMarked
package org.treatygraph.agreement;

import org.jspecify.annotations.NullMarked;
