package org.treatygraph.event;

import org.jspecify.annotations.Nullable;
import org.treatygraph.system.OrderDirection;

/**
 * The {@code EventOrder} input. Field and direction reach the one page statement as
 * parameters, never as text.
 */
record EventOrder(Field field, @Nullable OrderDirection direction) {

	static final EventOrder BY_DATE = new EventOrder(Field.DATE, OrderDirection.ASC);

	static EventOrder orDefault(@Nullable EventOrder order) {
		return order == null ? BY_DATE
				: new EventOrder(order.field(), order.direction() == null ? OrderDirection.ASC : order.direction());
	}

	boolean descending() {
		return this.direction == OrderDirection.DESC;
	}

	enum Field {

		/**
		 * The space sorts before "-", so an event dated only to 2025 comes before one
		 * dated 2025-11; undated events sort as "~" (or "!" descending), last either way
		 * (the sort key is EventRepository's).
		 */
		DATE, NAME

	}

}
