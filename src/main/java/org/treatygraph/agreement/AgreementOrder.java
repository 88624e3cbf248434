package org.treatygraph.agreement;

import org.jspecify.annotations.Nullable;
import org.treatygraph.system.OrderDirection;

/**
 * The {@code AgreementOrder} input. Field and direction reach the page statements as
 * parameters, never as text.
 */
record AgreementOrder(Field field, @Nullable OrderDirection direction) {

	static final AgreementOrder BY_TITLE = new AgreementOrder(Field.TITLE, OrderDirection.ASC);

	static AgreementOrder orDefault(@Nullable AgreementOrder order) {
		return order == null ? BY_TITLE
				: new AgreementOrder(order.field(), order.direction() == null ? OrderDirection.ASC : order.direction());
	}

	boolean descending() {
		return this.direction == OrderDirection.DESC;
	}

	enum Field {

		TITLE,
		/**
		 * The earliest date of a visible step or signature (the sort keys are
		 * CurrentAgreements' and AgreementRepository's).
		 */
		DATE

	}

}
