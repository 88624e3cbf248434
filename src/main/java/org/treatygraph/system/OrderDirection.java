package org.treatygraph.system;

/** The {@code OrderDirection} enum of every list's {@code orderBy}. */
public enum OrderDirection {

	ASC, DESC

}
