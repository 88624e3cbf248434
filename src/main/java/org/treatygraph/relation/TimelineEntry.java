package org.treatygraph.relation;

import org.treatygraph.date.FuzzyDate;
import org.treatygraph.node.GlobalId;
import org.treatygraph.system.Cursor;

/**
 * One dated fact on a timeline, with the fact in words.
 *
 * @param disputed whether sources give the fact different dates
 * @param sortKey the entry's position: its date as stored (undated last), then kind and
 * fact key, so entries of one fact on one day keep a fixed order
 */
record TimelineEntry(GlobalId fact, String kind, FuzzyDate date, String statement, boolean disputed, String sortKey) {

	Cursor cursor() {
		return new Cursor(this.sortKey, this.fact.key() + " " + this.kind);
	}

}
