package org.treatygraph.source;

import org.treatygraph.node.GlobalId;

/**
 * A fact a source states: what the schema's {@code Fact} interface is in Java, so the
 * fields every fact shares ({@code citations}, {@code retraction}) are resolved once, by
 * the feature that owns them, for every type of fact.
 */
public interface Fact {

	/** The fact's type and key. */
	GlobalId globalId();

	/** Global, opaque id, as the schema hands it out. */
	default String id() {
		return globalId().id();
	}

}
