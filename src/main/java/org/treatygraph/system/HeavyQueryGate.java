package org.treatygraph.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.ExecutionResult;

/**
 * Lets only a few queries with a large worst case run at once; the others wait their
 * turn, for a while. One such query can bring in tens of thousands of nodes, held on the
 * heap by Neo4j, the driver and graphql-java until its response is written: measured with
 * a 512 MiB heap at scale S, two at a time answered in 6–7 s each, four at a time filled
 * the heap and nothing was answered for minutes.
 */
final class HeavyQueryGate {

	private final long heavyCost;

	private final Semaphore permits;

	private final Duration wait;

	private final ServiceMetrics metrics;

	HeavyQueryGate(long heavyCost, int concurrent, Duration wait, ServiceMetrics metrics) {
		this.heavyCost = heavyCost;
		this.permits = new Semaphore(concurrent, true);
		this.wait = wait;
		this.metrics = metrics;
	}

	/**
	 * Enters a query of this worst-case cost, waiting for a turn when it is heavy; what
	 * to do when it ends. Refuses it with {@code OVERLOADED} when no turn comes in time.
	 */
	InstrumentationContext<ExecutionResult> enter(long cost) {
		if (cost <= this.heavyCost) {
			return SimpleInstrumentationContext.noOp();
		}
		boolean entered;
		try {
			entered = this.permits.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			entered = false;
		}
		if (!entered) {
			this.metrics.refused("treatygraph.limits.max-heavy-queries");
			throw new AbortExecutionException(List.of(GraphQLError.newError()
				.errorType(RequestBoundsInstrumentation.OVERLOADED)
				.message(("the service is answering other large queries just now (this one's worst case is %d values);"
						+ " try again in a few seconds, or ask for less (treatygraph.limits.max-heavy-queries)")
					.formatted(cost))
				.extensions(
						Map.of("limit", "treatygraph.limits.max-heavy-queries", "max", this.permits.availablePermits()))
				.build()));
		}
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> this.permits.release());
	}

}
