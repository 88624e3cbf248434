package org.treatygraph.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ErrorClassification;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * Bounds what one request may cost the service itself, beyond the database: a wall-clock
 * deadline and a response size. Every field fetch checks both; once either is passed, the
 * execution is cancelled (graphql-java stops before the next field), the data gathered so
 * far is dropped and the response carries one typed error naming the setting. The read
 * transaction of the request times out at the same deadline (see
 * {@link ReadTransactionPerQuery}), so a statement running at that moment is ended too.
 */
class RequestBoundsInstrumentation extends SimplePerformantInstrumentation {

	static final ErrorClassification RESPONSE_TOO_LARGE = ErrorClassification.errorClassification("RESPONSE_TOO_LARGE");

	private static final Log logger = LogFactory.getLog(RequestBoundsInstrumentation.class);

	/** What a value other than text adds to the response, roughly, in characters. */
	private static final int VALUE_SIZE = 8;

	private final Duration deadline;

	private final long maxResponseChars;

	private final ServiceMetrics metrics;

	RequestBoundsInstrumentation(Duration deadline, DataSize maxResponseSize, ServiceMetrics metrics) {
		this.metrics = metrics;
		this.deadline = deadline;
		this.maxResponseChars = maxResponseSize.toBytes();
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return CompletableFuture
			.completedFuture(new Bounds(parameters.getExecutionInput(), System.nanoTime() + this.deadline.toNanos()));
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, @Nullable InstrumentationState state) {
		if (!(state instanceof Bounds bounds) || parameters.getExecutionContext()
			.getOperationDefinition()
			.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
			// a subscription lives as long as its client wants; each event is small
			return dataFetcher;
		}
		return (environment) -> {
			bounds.checkDeadline();
			return bounds.measure(dataFetcher.get(environment));
		};
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, @Nullable InstrumentationState state) {
		if (!(state instanceof Bounds bounds) || bounds.exceeded == null) {
			return CompletableFuture.completedFuture(result);
		}
		List<GraphQLError> errors = new ArrayList<>();
		errors.add(bounds.exceeded);
		result.getErrors()
			.stream()
			.filter((error) -> !(error instanceof AbortExecutionException)
					&& !"ExecutionAborted".equals(error.getErrorType().toString()))
			.forEach(errors::add);
		return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
			.data(null)
			.errors(errors)
			.extensions(result.getExtensions())
			.build());
	}

	private final class Bounds implements InstrumentationState {

		private final ExecutionInput input;

		private final long deadlineNanos;

		private final AtomicLong responseChars = new AtomicLong();

		volatile @Nullable GraphQLError exceeded;

		Bounds(ExecutionInput input, long deadlineNanos) {
			this.input = input;
			this.deadlineNanos = deadlineNanos;
		}

		void checkDeadline() {
			if (this.exceeded == null && System.nanoTime() - this.deadlineNanos > 0) {
				stop(GraphQLError.newError()
					.errorType(UnexpectedErrors.TIMEOUT)
					.message(
							"the request ran past its deadline of %s s and was stopped; ask for less (a smaller first, fewer hops, a narrower filter) (treatygraph.limits.deadline)"
								.formatted(RequestBoundsInstrumentation.this.deadline.toSeconds()))
					.extensions(Map.of("limit", "treatygraph.limits.deadline", "max",
							RequestBoundsInstrumentation.this.deadline.toString()))
					.build(), "deadline");
			}
		}

		@Nullable Object measure(@Nullable Object value) {
			switch (value) {
				case CharSequence text -> add(text.length() + 2);
				case Collection<?> items -> add((long) items.size() * VALUE_SIZE);
				case DataFetcherResult<?> result -> measure(result.getData());
				case CompletionStage<?> later -> {
					return later.thenApply(this::measure);
				}
				case null, default -> add(VALUE_SIZE);
			}
			return value;
		}

		private void add(long chars) {
			long total = this.responseChars.addAndGet(chars);
			if (total > RequestBoundsInstrumentation.this.maxResponseChars && this.exceeded == null) {
				long max = RequestBoundsInstrumentation.this.maxResponseChars;
				stop(GraphQLError.newError()
					.errorType(RESPONSE_TOO_LARGE)
					.message(
							"the response grew past %d characters and was stopped; ask for fewer fields or smaller pages (treatygraph.limits.max-response-size)"
								.formatted(max))
					.extensions(Map.of("limit", "treatygraph.limits.max-response-size", "max", max))
					.build(), "response-size");
			}
		}

		private void stop(GraphQLError error, String reason) {
			this.exceeded = error;
			RequestBoundsInstrumentation.this.metrics.stopped(reason);
			logger.warn("Stopped a request: " + error.getMessage());
			this.input.cancel();
		}

	}

}
