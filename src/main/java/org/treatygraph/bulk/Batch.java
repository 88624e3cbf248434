package org.treatygraph.bulk;

import java.util.List;
import java.util.Map;

/**
 * Rows for one UNWIND statement, written in one transaction.
 *
 * @param statement a {@link BulkStatements} constant
 * @param facts how many facts (agreements, parties, signatures, steps, events,
 * attendances, memberships, posts) the rows hold, for the load rate
 */
public record Batch(String statement, List<Map<String, Object>> rows, int facts) {
}
