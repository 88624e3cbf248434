package org.treatygraph.system;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A validated {@code first}/{@code after} pair. */
public record PageRequest(int first, @Nullable Cursor after) {

	/**
	 * Parameters for the keyset Cypher: {@code limit} fetches one item more than asked,
	 * to learn whether a next page exists; {@code afterSortKey}/{@code afterKey} are null
	 * on the first page.
	 */
	public Map<String, @Nullable Object> parameters() {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("limit", this.first + 1);
		parameters.put("afterSortKey", this.after == null ? null : this.after.sortKey());
		parameters.put("afterKey", this.after == null ? null : this.after.key());
		return parameters;
	}

}
