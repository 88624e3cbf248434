package org.treatygraph.agreement;

import org.jspecify.annotations.Nullable;

/** How many agreements of one kind fall in one year (null: undated). */
record YearTally(@Nullable Integer year, String kind, int count) {
}
