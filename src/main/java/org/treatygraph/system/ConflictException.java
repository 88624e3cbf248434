package org.treatygraph.system;

/**
 * A change was based on a version of a node that someone else has changed since; nothing
 * was written, and the curator should read the node again.
 */
public class ConflictException extends InvalidArgumentException {

	public ConflictException(String argument, String reason) {
		super(argument, reason);
	}

}
