package org.treatygraph.system;

/**
 * A client sent a value the API cannot accept; the message says which argument and why.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String reason) {
		super(argument + ": " + reason);
		this.argument = argument;
	}

	/**
	 * Path of the offending argument inside the field's arguments, such as
	 * {@code filter.involving[1]}.
	 */
	public String argument() {
		return this.argument;
	}

}
