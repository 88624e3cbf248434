package org.treatygraph.system;

/**
 * The fact sent is recorded already, such as a party added twice: nothing was written,
 * and the error says so in {@code extensions.reason} ({@code ALREADY_RECORDED}), so a
 * script or an import re-running the same input can tell it from a mistake.
 */
public class AlreadyRecordedException extends InvalidArgumentException {

	public AlreadyRecordedException(String argument, String reason) {
		super(argument, reason);
	}

}
