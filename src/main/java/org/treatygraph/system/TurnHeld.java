package org.treatygraph.system;

import java.util.function.Supplier;

/**
 * Runs GraphQL operations from inside an operation that already holds its turn, such as a
 * curator accepting a proposal, which records the fact through the mutation that records
 * it. The inner operations do not wait for a turn of their own: waiting for a second turn
 * while holding one could leave every turn held by an operation waiting for another.
 */
public final class TurnHeld {

	static final ScopedValue<Boolean> HELD = ScopedValue.newInstance();

	private TurnHeld() {
	}

	public static <T> T run(Supplier<T> operations) {
		return ScopedValue.where(HELD, Boolean.TRUE).call(operations::get);
	}

}
