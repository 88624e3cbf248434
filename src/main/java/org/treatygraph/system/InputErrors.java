package org.treatygraph.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Every invalid field of one input, found before anything is written and reported
 * together, so a curator fixes them in one round rather than one per request. Checks that
 * depend on an earlier one's answer belong after {@link #throwIfAny}.
 */
public final class InputErrors {

	private final List<InvalidArgumentException> found = new ArrayList<>();

	/** The check's answer, or null when it failed and the failure was noted. */
	public <T> @Nullable T check(Supplier<T> check) {
		try {
			return check.get();
		}
		catch (InvalidArgumentException ex) {
			this.found.add(ex);
			return null;
		}
	}

	public void check(Runnable check) {
		check(() -> {
			check.run();
			return Boolean.TRUE;
		});
	}

	/** Ends the mutation, before it writes, when any check failed. */
	public void throwIfAny() {
		if (this.found.size() == 1) {
			throw this.found.getFirst();
		}
		if (!this.found.isEmpty()) {
			throw new InvalidInputException(List.copyOf(this.found));
		}
	}

	/** Several fields of one input at fault, each with its own error. */
	public static final class InvalidInputException extends RuntimeException {

		private final List<InvalidArgumentException> errors;

		InvalidInputException(List<InvalidArgumentException> errors) {
			super(errors.size() + " fields of the input are invalid");
			this.errors = errors;
		}

		public List<InvalidArgumentException> errors() {
			return this.errors;
		}

	}

}
