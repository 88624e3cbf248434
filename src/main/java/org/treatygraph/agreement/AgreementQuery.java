package org.treatygraph.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.treatygraph.system.DateRange;
import org.treatygraph.system.GlobalId;
import org.treatygraph.system.PageRequest;

/**
 * One page of agreements to fetch: a validated filter and a page request. Pages for many
 * parents (every country in a response) are fetched in one query, so this is also a data
 * loader key.
 */
record AgreementQuery(List<GlobalId> involving, @Nullable List<String> kinds, @Nullable List<String> statuses,
		DateRange dates, boolean includeRetracted, PageRequest page) {

	static AgreementQuery involving(GlobalId actor, PageRequest page) {
		return new AgreementQuery(List.of(actor), null, null, DateRange.ALWAYS, false, page);
	}

	Map<String, @Nullable Object> parameters(int index) {
		Map<String, @Nullable Object> parameters = new HashMap<>(this.page.parameters());
		parameters.put("index", index);
		parameters.put("involving",
				this.involving.stream().map(id -> Map.of("label", id.type().label(), "key", id.key())).toList());
		parameters.put("kinds", this.kinds);
		parameters.put("statuses", this.statuses);
		parameters.put("from", this.dates.fromText());
		parameters.put("to", this.dates.toText());
		parameters.put("includeRetracted", this.includeRetracted);
		return parameters;
	}

}
