package org.treatygraph.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.ErrorType;

/**
 * Measures an operation once, after validation and before any data fetcher runs: depth,
 * fields, aliases, cost and list arguments. An operation over any limit is refused whole,
 * with one error per limit exceeded.
 */
class QueryBudgetInstrumentation extends SimplePerformantInstrumentation {

	private final QueryLimits.Properties limits;

	private final ListSizes listSizes;

	private final ServiceMetrics metrics;

	private final QueryTurns turns;

	QueryBudgetInstrumentation(QueryLimits.Properties limits, ListSizes listSizes, ServiceMetrics metrics) {
		this.turns = new QueryTurns(limits.maxConcurrentQueries(), limits.heavyQueryCost(), limits.maxHeavyQueries(),
				limits.queryWait(), metrics);
		this.limits = limits;
		this.listSizes = listSizes;
		this.metrics = metrics;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		Measure measure = new Measure();
		QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getExecutionInput().getOperationName())
			.coercedVariables(context.getCoercedVariables())
			.build()
			.visitPreOrder(measure);
		List<GraphQLError> errors = new ArrayList<>();
		check(errors, "max-depth", "query depth", measure.depth, this.limits.maxDepth());
		check(errors, "max-fields", "fields selected", measure.fields, this.limits.maxFields());
		check(errors, "max-aliases", "aliases", measure.aliases, this.limits.maxAliases());
		check(errors, "max-cost", "query cost", measure.cost, this.limits.maxCost());
		if (measure.longestList > this.limits.maxBatch()) {
			GraphQLError error = error("max-batch",
					"%d items in the list argument %s(%s:), over the limit of %d".formatted(measure.longestList,
							measure.longestListField, measure.longestListArgument, this.limits.maxBatch()),
					measure.longestList, this.limits.maxBatch());
			Map<String, Object> extensions = new java.util.HashMap<>(error.getExtensions());
			extensions.put("argument", measure.longestListArgument);
			errors.add(GraphQLError.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message(error.getMessage())
				.extensions(extensions)
				.build());
		}
		if (!errors.isEmpty()) {
			errors.forEach((error) -> this.metrics.refused(String.valueOf(error.getExtensions().get("limit"))));
			throw new AbortExecutionException(errors);
		}
		return this.turns.enter(measure.cost);
	}

	private static void check(List<GraphQLError> errors, String limit, String what, long measured, long max) {
		if (measured > max) {
			errors.add(error(limit, "%s: %d, over the limit of %d".formatted(what, measured, max), measured, max));
		}
	}

	/**
	 * A refusal naming the setting ({@code treatygraph.limits.<limit>}), its value and
	 * what was measured.
	 */
	static GraphQLError error(String limit, String message, long measured, long max) {
		return GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message("Refused before running: " + message + " (treatygraph.limits." + limit + ")")
			.extensions(Map.of("limit", "treatygraph.limits." + limit, "max", max, "measured", measured))
			.build();
	}

	private final class Measure extends QueryVisitorStub {

		int depth;

		int fields;

		int aliases;

		long cost;

		int longestList;

		String longestListField = "";

		String longestListArgument = "";

		@Override
		public void visitField(QueryVisitorFieldEnvironment environment) {
			if (environment.isTypeNameIntrospectionField()) {
				return;
			}
			this.fields++;
			if (environment.getField().getAlias() != null) {
				this.aliases++;
			}
			int level = 1;
			long multiplier = 1;
			for (QueryVisitorFieldEnvironment parent = environment
				.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
				level++;
				QueryVisitorFieldEnvironment grandparent = parent.getParentEnvironment();
				multiplier = saturatedMultiply(multiplier,
						QueryBudgetInstrumentation.this.listSizes.itemsAtMost(parent.getFieldDefinition(),
								parent.getArguments(),
								(grandparent != null) ? grandparent.getFieldDefinition() : null));
			}
			this.depth = Math.max(this.depth, level);
			this.cost = saturatedAdd(this.cost, multiplier);
			environment.getArguments()
				.forEach((name, value) -> measureLists(environment.getField().getName(), name, value));
		}

		/**
		 * Lists inside input objects count too, such as {@code filter.involving}: a
		 * client could otherwise send any number of items there.
		 */
		private void measureLists(String field, String argument, @Nullable Object value) {
			if (value instanceof Collection<?> list) {
				if (list.size() > this.longestList) {
					this.longestList = list.size();
					this.longestListField = field;
					this.longestListArgument = argument;
				}
				int index = 0;
				for (Object item : list) {
					measureLists(field, argument + "[" + index++ + "]", item);
				}
			}
			else if (value instanceof Map<?, ?> input) {
				input.forEach((name, inner) -> measureLists(field, argument + "." + name, inner));
			}
		}

		private static long saturatedMultiply(long a, long b) {
			long product = a * b;
			return (a != 0 && product / a != b) ? Long.MAX_VALUE : product;
		}

		private static long saturatedAdd(long a, long b) {
			long sum = a + b;
			return sum < 0 ? Long.MAX_VALUE : sum;
		}

	}

}
