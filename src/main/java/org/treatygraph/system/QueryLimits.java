package org.treatygraph.system;

import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits checked before any Cypher runs, so one query cannot take the service down.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

	@Bean
	Instrumentation maxQueryDepth(Properties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth());
	}

	/**
	 * Query limits.
	 *
	 * @param maxDepth deepest nesting of fields a query may have; deeper queries are
	 * refused whole with an error naming the limit and the depth found
	 */
	@ConfigurationProperties("treatygraph.limits")
	record Properties(@DefaultValue("15") int maxDepth) {
	}

}
