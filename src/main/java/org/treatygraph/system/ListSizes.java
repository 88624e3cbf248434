package org.treatygraph.system;

import java.util.Map;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * How many items a field can return, the one rule that both the query cost and the
 * fetchers go by: a paged field returns at most its {@code first}; an unpaged list field
 * at most its {@code @maxItems} count, or the configured default; the {@code edges} of a
 * page are already counted by the page's {@code first}.
 */
final class ListSizes {

	static final String DIRECTIVE = "maxItems";

	private final int defaultListItems;

	private final int defaultPageSize;

	private final int maxPageSize;

	ListSizes(int defaultListItems, PagingProperties paging) {
		this.defaultListItems = defaultListItems;
		this.defaultPageSize = paging.defaultPageSize();
		this.maxPageSize = paging.maxPageSize();
	}

	/**
	 * How many items the field can return at most: its {@code first} (clamped to what any
	 * page allows) or its cap; 1 for fields that return a single value.
	 */
	long itemsAtMost(GraphQLFieldDefinition field, Map<String, Object> arguments,
			@Nullable GraphQLFieldDefinition parent) {
		if (field.getArgument("first") != null) {
			return (arguments.get("first") instanceof Number number)
					? Math.clamp(number.longValue(), 1, this.maxPageSize) : this.defaultPageSize;
		}
		int cap = cap(field, parent);
		return (cap > 0) ? cap : 1;
	}

	/**
	 * The most items an unpaged list field returns, or 0 when the field is no list, is
	 * paged by {@code first}, is the list of a page whose {@code first} bounds it, or
	 * lists what the schema says of itself (its types, their fields and values): the
	 * schema bounds those, and GraphiQL cannot draw a schema with a type cut away.
	 */
	int cap(GraphQLFieldDefinition field, @Nullable GraphQLFieldDefinition parent) {
		if (!GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()))
				|| GraphQLTypeUtil.unwrapAll(field.getType()).getName().startsWith("__")
				|| field.getArgument("first") != null || (parent != null && parent.getArgument("first") != null
						&& !GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(parent.getType())))) {
			return 0;
		}
		GraphQLAppliedDirective maxItems = field.getAppliedDirective(DIRECTIVE);
		if (maxItems != null && maxItems.getArgument("count").getValue() instanceof Integer count) {
			return count;
		}
		return this.defaultListItems;
	}

	static boolean isList(GraphQLFieldDefinition field) {
		return GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList;
	}

}
