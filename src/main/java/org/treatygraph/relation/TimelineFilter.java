package org.treatygraph.relation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.treatygraph.date.DateRange;

/** Which entries of a timeline to list. */
record TimelineFilter(DateRange dates, @Nullable List<String> kinds) {
}
