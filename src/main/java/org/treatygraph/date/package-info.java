/**
 * Dates as precise as their sources ({@code FuzzyDate}), periods and date-range filters,
 * with the calendar's lower bound. Uses {@code system} only.
 */
@NullMarked
package org.treatygraph.date;

import org.jspecify.annotations.NullMarked;
