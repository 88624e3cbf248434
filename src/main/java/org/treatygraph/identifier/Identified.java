package org.treatygraph.identifier;

import org.treatygraph.node.GlobalId;

/**
 * A node the world outside may know by identifiers: what the schema's {@code Identified}
 * interface is in Java, so {@code identifiers} is resolved once for every type.
 */
public interface Identified {

	GlobalId globalId();

}
