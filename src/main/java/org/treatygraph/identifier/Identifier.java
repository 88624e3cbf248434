package org.treatygraph.identifier;

import org.jspecify.annotations.Nullable;

/**
 * A value a register knows a node by.
 *
 * @param url the register's page for the value, where it has one
 */
record Identifier(IdentifierScheme scheme, String value, @Nullable String url) {

	static Identifier of(IdentifierScheme scheme, String value) {
		return new Identifier(scheme, value, scheme.pageOf(value));
	}

}
