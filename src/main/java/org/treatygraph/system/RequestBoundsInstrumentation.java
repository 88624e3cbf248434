package org.treatygraph.system;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
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
 * deadline and a response size. Every field fetch checks both; once either is passed, no
 * field fetches anything more (each answers null at once, so no new statement is sent and
 * the loads already under way finish into nothing), the data gathered so far is dropped
 * and the response carries one typed error naming the setting. graphql-java's own
 * cancellation is not used: it fails every remaining field with an exception of its own,
 * which on a wide query made hundreds of thousands of errors and filled the heap. The
 * read transaction of the request times out at the same deadline (see
 * {@link ReadTransactionPerQuery}), so a statement running at that moment is ended too.
 */
class RequestBoundsInstrumentation extends SimplePerformantInstrumentation {

	static final ErrorClassification RESPONSE_TOO_LARGE = ErrorClassification.errorClassification("RESPONSE_TOO_LARGE");

	static final ErrorClassification OVERLOADED = ErrorClassification.errorClassification("OVERLOADED");

	private static final Log logger = LogFactory.getLog(RequestBoundsInstrumentation.class);

	/** What a value other than text adds to the response, roughly, in characters. */
	private static final int VALUE_SIZE = 8;

	private final Duration deadline;

	private final long maxResponseChars;

	private final ServiceMetrics metrics;

	private final long maxValues;

	private final long maxValuesInFlight;

	/** List items held by all requests under way: what their answers keep on the heap. */
	private final AtomicLong valuesInFlight = new AtomicLong();

	RequestBoundsInstrumentation(Duration deadline, DataSize maxResponseSize, long maxValues, long maxValuesInFlight,
			ServiceMetrics metrics) {
		this.maxValues = maxValues;
		this.maxValuesInFlight = maxValuesInFlight;
		this.metrics = metrics;
		this.deadline = deadline;
		this.maxResponseChars = maxResponseSize.toBytes();
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return CompletableFuture.completedFuture(new Bounds(System.nanoTime() + this.deadline.toNanos()));
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
			if (bounds.exceeded != null) {
				// stopped: no more fetching, and no error per field left, since the
				// response becomes the one error that says why
				return null;
			}
			return bounds.measure(dataFetcher.get(environment));
		};
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, @Nullable InstrumentationState state) {
		if (!(state instanceof Bounds bounds)) {
			return CompletableFuture.completedFuture(result);
		}
		this.valuesInFlight.addAndGet(-bounds.values.getAndSet(0));
		if (bounds.exceeded == null) {
			return CompletableFuture.completedFuture(result);
		}
		// the fields that answered null once stopped left errors that only echo the stop
		return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
			.data(null)
			.errors(List.of(bounds.exceeded))
			.extensions(result.getExtensions())
			.build());
	}

	private final class Bounds implements InstrumentationState {

		private final long deadlineNanos;

		private final AtomicLong responseChars = new AtomicLong();

		private final AtomicLong values = new AtomicLong();

		volatile @Nullable GraphQLError exceeded;

		Bounds(long deadlineNanos) {
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
				case Collection<?> items -> {
					add((long) items.size() * VALUE_SIZE);
					count(items.size());
				}
				case DataFetcherResult<?> result -> measure(result.getData());
				case CompletionStage<?> later -> {
					return later.thenApply(this::measure);
				}
				case null, default -> add(VALUE_SIZE);
			}
			return value;
		}

		/**
		 * Counts the items a list brought in, against the request's own allowance and
		 * against what all requests under way may hold together.
		 */
		private void count(long items) {
			long mine = this.values.addAndGet(items);
			long all = RequestBoundsInstrumentation.this.valuesInFlight.addAndGet(items);
			if (this.exceeded != null) {
				return;
			}
			if (mine > RequestBoundsInstrumentation.this.maxValues) {
				long max = RequestBoundsInstrumentation.this.maxValues;
				stop(GraphQLError.newError()
					.errorType(RESPONSE_TOO_LARGE)
					.message(
							"the response grew past %d list items and was stopped; ask for fewer fields or smaller pages (treatygraph.limits.max-values)"
								.formatted(max))
					.extensions(Map.of("limit", "treatygraph.limits.max-values", "max", max))
					.build(), "values");
			}
			else if (all > RequestBoundsInstrumentation.this.maxValuesInFlight) {
				long max = RequestBoundsInstrumentation.this.maxValuesInFlight;
				stop(GraphQLError.newError()
					.errorType(OVERLOADED)
					.message(
							"the service is answering other large requests just now and stopped this one; try again in a few seconds (treatygraph.limits.max-values-in-flight)")
					.extensions(Map.of("limit", "treatygraph.limits.max-values-in-flight", "max", max))
					.build(), "values-in-flight");
			}
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
		}

	}

}
