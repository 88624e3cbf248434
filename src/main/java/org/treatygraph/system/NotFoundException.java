package org.treatygraph.system;

/**
 * An argument names something the graph does not hold; the message says which argument
 * and what.
 */
public class NotFoundException extends InvalidArgumentException {

	public NotFoundException(String argument, String reason) {
		super(argument, reason);
	}

}
