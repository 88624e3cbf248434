package org.treatygraph.system;

import java.time.Duration;

import graphql.execution.instrumentation.Instrumentation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.util.unit.DataSize;

/**
 * Limits checked before any Cypher runs, so one query cannot take the service down.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

	/** First of the instrumentations: a refused query opens no transaction. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	Instrumentation queryBudget(Properties limits, PagingProperties paging, ServiceMetrics metrics) {
		return new QueryBudgetInstrumentation(limits, listSizes(limits, paging), metrics);
	}

	/** Next, so the response size is measured on lists already cut to their caps. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	Instrumentation listCaps(Properties limits, PagingProperties paging) {
		return new ListCapInstrumentation(listSizes(limits, paging));
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 2)
	Instrumentation requestBounds(Properties limits, ServiceMetrics metrics) {
		return new RequestBoundsInstrumentation(limits.deadline(), limits.maxResponseSize(), limits.maxValues(),
				limits.maxValuesInFlight(), metrics);
	}

	private static ListSizes listSizes(Properties limits, PagingProperties paging) {
		return new ListSizes(limits.maxListItems(), paging);
	}

	@Bean
	WebGraphQlInterceptor documentSizeLimit(Properties limits) {
		return new DocumentSizeInterceptor(limits.maxDocumentSize());
	}

	/**
	 * Query limits. Each refusal names the limit, its value and what the query measured.
	 *
	 * @param maxDepth deepest nesting of fields
	 * @param maxFields most fields selected in one operation, fragments expanded
	 * @param maxAliases most aliased fields, which multiply the work of one field
	 * @param maxCost most values a query may ask for: every field counts once for each
	 * item of every list above it, a paged list counted at its {@code first} (the default
	 * page size when omitted), an unpaged one at its cap
	 * @param maxListItems most items of an unpaged list field without a {@code @maxItems}
	 * of its own; the rest are left out and named in {@code extensions.truncated}
	 * @param maxDocumentSize longest query document, in characters
	 * @param maxRequestSize largest body of a GraphQL request, variables included; a
	 * source's text of a million characters fits
	 * @param maxBatch most items in a list argument, such as the ids of
	 * {@code nodes(ids:)}
	 * @param deadline longest a request may run, Java and database work together; at the
	 * deadline its work stops and it answers {@code TIMEOUT}
	 * @param maxResponseSize most characters of data one response may carry; past it the
	 * work stops and it answers {@code RESPONSE_TOO_LARGE}
	 * @param maxValues most list items one request may bring in, each held on the heap
	 * until the response is written; past it the work stops and it answers
	 * {@code RESPONSE_TOO_LARGE}
	 * @param maxValuesInFlight most list items all requests under way may hold together;
	 * the request that goes past it stops and answers {@code OVERLOADED}
	 * @param maxConcurrentQueries most operations running at once; others wait their
	 * turn, first come first served
	 * @param heavyQueryCost the query cost above which a query is heavy
	 * @param maxHeavyQueries most heavy queries running at once; others wait their turn
	 * @param queryWait longest an operation waits for its turn before it answers
	 * {@code OVERLOADED}
	 * @param bodyTimeout longest a GraphQL request's body may take to arrive; a client
	 * sending it slower is answered 408 and let go
	 * @param maxSubscriptionsPerConnection most subscriptions one WebSocket connection
	 * may hold at once
	 */
	@ConfigurationProperties("treatygraph.limits")
	record Properties(@DefaultValue("15") int maxDepth, @DefaultValue("500") int maxFields,
			@DefaultValue("30") int maxAliases, @DefaultValue("50000000") long maxCost,
			@DefaultValue("20000") int maxDocumentSize, @DefaultValue("8MB") DataSize maxRequestSize,
			@DefaultValue("100") int maxBatch, @DefaultValue("100") int maxListItems,
			@DefaultValue("30s") Duration deadline, @DefaultValue("16MB") DataSize maxResponseSize,
			@DefaultValue("100000") long maxValues, @DefaultValue("150000") long maxValuesInFlight,
			@DefaultValue("4") int maxConcurrentQueries, @DefaultValue("1000000") long heavyQueryCost,
			@DefaultValue("2") int maxHeavyQueries, @DefaultValue("20s") Duration queryWait,
			@DefaultValue("30s") Duration bodyTimeout, @DefaultValue("100") int maxSubscriptionsPerConnection) {
	}

}
