package org.treatygraph.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Every invalid field of one input, found before anything is written and reported
 * together, so a curator fixes them in one round rather than one per request. Checks that
 * depend on an earlier one's answer belong after {@link #throwIfAny}.
 */
public final class InputErrors {

	/**
	 * Errors in the order their fields were checked; null where a later answer was fine.
	 */
	private final List<@Nullable InvalidArgumentException> found = new ArrayList<>();

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

	/**
	 * Keeps the place of a check answered later, such as whether a node exists, looked up
	 * together with the input's other references: its error, given to the returned
	 * consumer, is reported where its field was checked.
	 */
	public Consumer<InvalidArgumentException> place() {
		int at = this.found.size();
		this.found.add(null);
		return (error) -> this.found.set(at, error);
	}

	/** Ends the mutation, before it writes, when any check failed. */
	public void throwIfAny() {
		List<InvalidArgumentException> errors = this.found.stream().filter(Objects::nonNull).toList();
		if (errors.size() == 1) {
			throw errors.getFirst();
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
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
