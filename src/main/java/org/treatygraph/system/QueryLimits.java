package org.treatygraph.system;

import graphql.execution.instrumentation.Instrumentation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Limits checked before any Cypher runs, so one query cannot take the service down.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

	/** First of the instrumentations: a refused query opens no transaction. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	Instrumentation queryBudget(Properties limits, PagingProperties paging) {
		return new QueryBudgetInstrumentation(limits, paging);
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
	 * @param maxCost most items a query may ask for: every field counts once for each
	 * item of every list above it that has a {@code first} argument (its value, or the
	 * default page size when omitted)
	 * @param maxDocumentSize longest query document, in characters
	 * @param maxBatch most items in a list argument, such as the ids of
	 * {@code nodes(ids:)}
	 */
	@ConfigurationProperties("treatygraph.limits")
	record Properties(@DefaultValue("15") int maxDepth, @DefaultValue("500") int maxFields,
			@DefaultValue("30") int maxAliases, @DefaultValue("10000") long maxCost,
			@DefaultValue("20000") int maxDocumentSize, @DefaultValue("100") int maxBatch) {
	}

}
