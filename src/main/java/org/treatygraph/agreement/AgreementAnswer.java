package org.treatygraph.agreement;

import java.util.List;
import java.util.Map;

import org.treatygraph.node.GlobalId;
import org.treatygraph.source.Citation;
import org.treatygraph.system.Cursor;
import org.treatygraph.system.PageRequest;
import org.treatygraph.system.Paging.Connection;
import org.treatygraph.system.Paging;

/**
 * What one {@link AgreementQuery} asked for: a page of agreements, or the count of all it
 * matches by kind and status. When the selection asked for the page's parties, the same
 * statement fetched them and their actors, for the data loaders to serve without another
 * round trip.
 *
 * @param parties the standing parties of each agreement on the page, when fetched
 * @param actors the countries and organisations those parties name
 * @param citations the standing citations of each agreement on the page, with their
 * sources, when fetched
 */
record AgreementAnswer(Connection<Agreement> page, List<AgreementTally> tally, Map<Agreement, List<Party>> parties,
		Map<GlobalId, Object> actors, Map<GlobalId, List<Citation>> citations) {

	static AgreementAnswer page(Connection<Agreement> page) {
		return new AgreementAnswer(page, List.of(), Map.of(), Map.of(), Map.of());
	}

	static AgreementAnswer tally(PageRequest request, long total, List<AgreementTally> tally) {
		return new AgreementAnswer(
				Paging.connection(request, List.<Agreement>of(), total,
						agreement -> new Cursor(agreement.title(), agreement.key())),
				tally, Map.of(), Map.of(), Map.of());
	}

}
