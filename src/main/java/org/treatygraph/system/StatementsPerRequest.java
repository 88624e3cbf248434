package org.treatygraph.system;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Records how many Cypher statements each request sent, the figure the read model keeps
 * at one or two: a rise on a dashboard shows a query shape that fell back to loaders.
 */
@Component
class StatementsPerRequest extends SimplePerformantInstrumentation {

	private final CypherStatementCounter counter;

	private final ServiceMetrics metrics;

	StatementsPerRequest(CypherStatementCounter counter, ServiceMetrics metrics) {
		this.counter = counter;
		this.metrics = metrics;
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return CompletableFuture.completedFuture(new Start(this.counter.countOnThisThread()));
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, @Nullable InstrumentationState state) {
		if (state instanceof Start start) {
			this.metrics.statements(this.counter.countOnThisThread() - start.statements());
		}
		return CompletableFuture.completedFuture(result);
	}

	private record Start(long statements) implements InstrumentationState {
	}

}
