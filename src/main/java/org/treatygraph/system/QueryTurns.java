package org.treatygraph.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.SimpleInstrumentationContext;

/**
 * Queries take turns, first come first served: a few run at once and the others wait in
 * line, for a while. On two cores, sixteen clients of mixed reads at scale M shared the
 * CPU so evenly that the slowest questions ran long enough to reach the deadline (8 to 16
 * timeouts a minute); in line, each runs at nearly its own speed and waits its turn
 * instead. Queries with a large worst case have a smaller allowance of their own as well:
 * one such query can bring in tens of thousands of nodes, held on the heap by Neo4j, the
 * driver and graphql-java until its response is written; measured with a 512 MiB heap at
 * scale S, two at a time answered in 6–7 s each, four at a time filled the heap and
 * nothing was answered for minutes.
 */
final class QueryTurns {

	private final Semaphore turns;

	private final long heavyCost;

	private final Semaphore heavyTurns;

	private final Duration wait;

	private final ServiceMetrics metrics;

	QueryTurns(int concurrent, long heavyCost, int concurrentHeavy, Duration wait, ServiceMetrics metrics) {
		this.turns = new Semaphore(concurrent, true);
		this.heavyCost = heavyCost;
		this.heavyTurns = new Semaphore(concurrentHeavy, true);
		this.wait = wait;
		this.metrics = metrics;
	}

	/**
	 * Waits for the turn of a query of this worst-case cost; what to do when it ends.
	 * Refuses it with {@code OVERLOADED} when no turn comes in time.
	 */
	InstrumentationContext<ExecutionResult> enter(long cost) {
		if (TurnHeld.HELD.isBound()) {
			return SimpleInstrumentationContext.noOp();
		}
		long deadline = System.nanoTime() + this.wait.toNanos();
		boolean heavy = cost > this.heavyCost;
		if (heavy && !acquire(this.heavyTurns, deadline)) {
			throw refused("treatygraph.limits.max-heavy-queries",
					("the service is answering other large queries just now (this one's worst case is %d values);"
							+ " try again in a few seconds, or ask for less (treatygraph.limits.max-heavy-queries)")
						.formatted(cost),
					this.heavyTurns);
		}
		if (!acquire(this.turns, deadline)) {
			if (heavy) {
				this.heavyTurns.release();
			}
			throw refused("treatygraph.limits.max-concurrent-queries",
					"the service is busy answering other queries; try again in a few seconds"
							+ " (treatygraph.limits.max-concurrent-queries)",
					this.turns);
		}
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
			this.turns.release();
			if (heavy) {
				this.heavyTurns.release();
			}
		});
	}

	private static boolean acquire(Semaphore turns, long deadline) {
		try {
			return turns.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private AbortExecutionException refused(String limit, String message, Semaphore turns) {
		this.metrics.refused(limit);
		return new AbortExecutionException(List.of(GraphQLError.newError()
			.errorType(RequestBoundsInstrumentation.OVERLOADED)
			.message(message)
			.extensions(Map.of("limit", limit, "max", turns.availablePermits()))
			.build()));
	}

}
