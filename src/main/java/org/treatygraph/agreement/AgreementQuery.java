package org.treatygraph.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.treatygraph.system.DateRange;
import org.treatygraph.system.GlobalId;
import org.treatygraph.system.PageRequest;

/**
 * One page of agreements to fetch: a validated filter, an order and a page request. Pages
 * for many parents (every country in a response) are fetched in one query, so this is
 * also a data loader key.
 *
 * @param signerKeys people who must all have signed
 * @param venueCountryKeys countries one of which must hold an event the agreement was
 * signed at or concerned by
 * @param text a full-text query on titles, or null
 */
record AgreementQuery(List<GlobalId> involving, @Nullable List<String> kinds, @Nullable List<String> statuses,
		DateRange dates, List<String> signerKeys, @Nullable List<String> venueCountryKeys, @Nullable String text,
		boolean includeRetracted, AgreementOrder order, PageRequest page) {

	static AgreementQuery involving(GlobalId actor, PageRequest page) {
		return new AgreementQuery(List.of(actor), null, null, DateRange.ALWAYS, List.of(), null, null, false,
				AgreementOrder.BY_TITLE, page);
	}

	/**
	 * @param textKeys the agreements the full-text query found, or null without one
	 */
	Map<String, @Nullable Object> parameters(int index, @Nullable List<String> textKeys) {
		Map<String, @Nullable Object> parameters = new HashMap<>(this.page.parameters());
		parameters.put("index", index);
		parameters.put("involving",
				this.involving.stream().map(id -> Map.of("label", id.type().label(), "key", id.key())).toList());
		parameters.put("kinds", this.kinds);
		parameters.put("statuses", this.statuses);
		parameters.put("from", this.dates.fromText());
		parameters.put("to", this.dates.toText());
		parameters.put("signers", this.signerKeys);
		parameters.put("venueCountries", this.venueCountryKeys);
		parameters.put("textKeys", textKeys);
		parameters.put("includeRetracted", this.includeRetracted);
		return parameters;
	}

}
