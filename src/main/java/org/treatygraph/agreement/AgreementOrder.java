package org.treatygraph.agreement;

import org.jspecify.annotations.Nullable;
import org.treatygraph.system.OrderDirection;

/**
 * The {@code AgreementOrder} input. Field and direction choose between fixed Cypher
 * fragments; neither reaches Cypher as text.
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

		TITLE("a.title"),
		/**
		 * The earliest date of a visible step or signature; undated agreements sort as
		 * "~", after every date, and "!" puts them last in descending order too.
		 */
		DATE("""
				coalesce(head(COLLECT { MATCH (a)<-[:OF_AGREEMENT]-(x) WHERE (x:AgreementAction OR x:Signature) AND x.date IS NOT NULL
				  AND (x.retractedAt IS NULL OR x.retractedAt > $asOf) AND coalesce(x.createdAt <= $asOf, true)
				  RETURN x.date ORDER BY x.date }), CASE WHEN DESCENDING THEN '!' ELSE '~' END) + ' ' + a.title""");

		private final String cypher;

		Field(String cypher) {
			this.cypher = cypher;
		}

		String sortKey(boolean descending) {
			return this.cypher.replace("DESCENDING", Boolean.toString(descending));
		}

	}

}
