package org.treatygraph.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.treatygraph.date.DateRange;
import org.treatygraph.node.GlobalId;
import org.treatygraph.system.PageRequest;

/**
 * One page of agreements to fetch: a validated filter, an order and a page request, or
 * the count of the filter's agreements by kind and status. Pages for many parents (every
 * country in a response) are fetched in one query, so this is also a data loader key.
 *
 * @param signerKeys people who must all have signed
 * @param venueCountryKeys countries one of which must hold an event the agreement was
 * signed at or concerned by
 * @param text a full-text query on titles, or null
 * @param steps steps parties must have taken, each one of its kinds
 * @param tally whether the count by kind and status is asked for rather than a page
 * @param withParties whether the selection asks for the page's parties, which the page's
 * statement then fetches too
 * @param withCitations whether it asks for the agreements' citations, likewise
 */
record AgreementQuery(List<GlobalId> involving, @Nullable List<String> kinds, @Nullable List<String> statuses,
		DateRange dates, List<String> signerKeys, @Nullable List<String> venueCountryKeys, @Nullable String text,
		List<PartySteps> steps, boolean includeRetracted, AgreementOrder order, PageRequest page, boolean tally,
		boolean withParties, boolean withCitations) {

	static AgreementQuery involving(GlobalId actor, PageRequest page, boolean withParties, boolean withCitations) {
		return new AgreementQuery(List.of(actor), null, null, DateRange.ALWAYS, List.of(), null, null, List.of(), false,
				AgreementOrder.BY_TITLE, page, false, withParties, withCitations);
	}

	/** A party that must have taken one of these steps. */
	record PartySteps(GlobalId party, List<String> kinds) {

		Map<String, Object> parameters() {
			return Map.of("label", this.party.type().label(), "key", this.party.key(), "kinds", this.kinds);
		}

	}

	/** The same filter, counted by kind and status. */
	AgreementQuery asTally() {
		return new AgreementQuery(this.involving, this.kinds, this.statuses, this.dates, this.signerKeys,
				this.venueCountryKeys, this.text, this.steps, this.includeRetracted, AgreementOrder.BY_TITLE,
				new PageRequest(0, null), true, false, false);
	}

	/**
	 * What selects the agreements, without order or page: queries with equal filters
	 * share one match. The anchor is where the match starts, and {@code checked} how many
	 * of the involved parties it has covered.
	 */
	Map<String, @Nullable Object> filter() {
		Map<String, @Nullable Object> filter = new HashMap<>();
		String anchor = anchor();
		filter.put("anchor", anchor);
		filter.put("checked", switch (anchor) {
			case "PAIR" -> 2;
			case "ACTOR" -> 1;
			default -> 0;
		});
		List<GlobalId> distinct = this.involving.stream().distinct().toList();
		filter.put("involving", IntStream.range(0, distinct.size())
			.mapToObj(i -> Map.of("index", i, "label", distinct.get(i).type().label(), "key", distinct.get(i).key()))
			.toList());
		filter.put("kinds", this.kinds);
		filter.put("statuses", this.statuses);
		filter.put("from", this.dates.fromText());
		filter.put("to", this.dates.toText());
		filter.put("signers", this.signerKeys);
		filter.put("venueCountries", this.venueCountryKeys);
		filter.put("text", this.text);
		filter.put("steps", this.steps.stream().map(PartySteps::parameters).toList());
		filter.put("includeRetracted", this.includeRetracted);
		return filter;
	}

	/** The order and window of this query's page within its filter's matches. */
	Map<String, @Nullable Object> window(int index) {
		Map<String, @Nullable Object> window = new HashMap<>(this.page.parameters());
		window.put("index", index);
		window.put("byDate", this.order.field() == AgreementOrder.Field.DATE);
		window.put("descending", this.order.descending());
		window.put("withParties", this.withParties);
		window.put("withCitations", this.withCitations);
		return window;
	}

	/**
	 * Whether it filters by signer, venue or date, which the common statement leaves out;
	 * parties' steps, rarer still, have texts of their own, with and without these.
	 */
	boolean usesRareFilters() {
		return !this.signerKeys.isEmpty() || this.venueCountryKeys != null || this.dates.fromText() != null
				|| this.dates.toText() != null;
	}

	/**
	 * Where the match starts: from the few agreements a full-text query finds, from the
	 * agreements two named parties share, from the one party or the first signer named,
	 * or, with none of these, from every agreement. The other filters then check each
	 * candidate, so the cost follows the anchor's agreements rather than the graph's
	 * size.
	 */
	String anchor() {
		if (this.text != null) {
			return "TEXT";
		}
		long parties = this.involving.stream().distinct().count();
		if (parties > 0) {
			return parties == 1 ? "ACTOR" : "PAIR";
		}
		return this.signerKeys.isEmpty() ? "ALL" : "SIGNER";
	}

	/**
	 * Parameters of the statements that read as of an earlier moment: the filter, the
	 * page, and the full-text matches those statements take as ids.
	 * @param textKeys the agreements the full-text query found, or null without one
	 */
	Map<String, @Nullable Object> parameters(int index, @Nullable List<String> textKeys) {
		Map<String, @Nullable Object> parameters = filter();
		parameters.putAll(this.page.parameters());
		parameters.put("index", index);
		parameters.put("textKeys", textKeys);
		return parameters;
	}

}
