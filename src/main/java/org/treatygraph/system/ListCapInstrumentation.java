package org.treatygraph.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;

import graphql.ExecutionResult;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import org.jspecify.annotations.Nullable;

/**
 * Holds every unpaged list field to its cap ({@link ListSizes}), so the query cost that
 * admitted the request is a true bound on its work. A cut list is named, with its limit,
 * in the response's {@code extensions.truncated}: an analyst is never left to believe a
 * shortened list is whole.
 */
class ListCapInstrumentation extends SimplePerformantInstrumentation {

	private final ListSizes listSizes;

	ListCapInstrumentation(ListSizes listSizes) {
		this.listSizes = listSizes;
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return CompletableFuture.completedFuture(new Truncations());
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, @Nullable InstrumentationState state) {
		ExecutionStepInfo step = parameters.getExecutionStepInfo();
		GraphQLFieldDefinition field = step.getFieldDefinition();
		if (!ListSizes.isList(field) || !(state instanceof Truncations truncations)) {
			return dataFetcher;
		}
		ExecutionStepInfo parent = step.getParent();
		int cap = this.listSizes.cap(field, (parent != null) ? parent.getFieldDefinition() : null);
		if (cap <= 0) {
			return dataFetcher;
		}
		return (environment) -> truncations.cap(dataFetcher.get(environment), cap,
				environment.getExecutionStepInfo().getPath().toString());
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, @Nullable InstrumentationState state) {
		if (!(state instanceof Truncations truncations) || truncations.lists.isEmpty()) {
			return CompletableFuture.completedFuture(result);
		}
		List<Map<String, Object>> truncated = new ArrayList<>(truncations.lists);
		return CompletableFuture
			.completedFuture(result.transform((builder) -> builder.addExtension("truncated", truncated)));
	}

	private static final class Truncations implements InstrumentationState {

		final Queue<Map<String, Object>> lists = new ConcurrentLinkedQueue<>();

		@Nullable Object cap(@Nullable Object value, int cap, String path) {
			return switch (value) {
				case Collection<?> items -> cut(items, cap, path);
				case DataFetcherResult<?> result -> DataFetcherResult.newResult()
					.data(cap(result.getData(), cap, path))
					.errors(result.getErrors())
					.localContext(result.getLocalContext())
					.build();
				case CompletionStage<?> later -> later.thenApply((items) -> cap(items, cap, path));
				case null, default -> value;
			};
		}

		private Collection<?> cut(Collection<?> items, int cap, String path) {
			if (items.size() <= cap) {
				return items;
			}
			this.lists.add(Map.of("path", path, "limit", cap, "returned", cap, "available", items.size()));
			return items.stream().limit(cap).toList();
		}

	}

}
