package org.treatygraph.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The service's own counters, beside the timings Spring for GraphQL observes per
 * operation and field: what the limits refused, what was stopped, who was rate-limited,
 * how often Neo4j was away, and how many statements a request took. All under
 * {@code treatygraph.} on {@code /actuator/prometheus}.
 */
@Component
public class ServiceMetrics {

	private final MeterRegistry registry;

	private final DistributionSummary statementsPerRequest;

	private final Counter unavailable;

	ServiceMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.statementsPerRequest = DistributionSummary.builder("treatygraph.statements.per.request")
			.description("Cypher statements one GraphQL request sent")
			.publishPercentiles(0.5, 0.99)
			.register(registry);
		this.unavailable = Counter.builder("treatygraph.neo4j.unavailable")
			.description("Requests that failed because Neo4j could not be reached")
			.register(registry);
	}

	/** A request refused before running, by the limit that refused it. */
	public void refused(String limit) {
		Counter.builder("treatygraph.refused")
			.description("Requests refused before running, by limit")
			.tag("limit", limit)
			.register(this.registry)
			.increment();
	}

	/** A request stopped while running: {@code deadline} or {@code response-size}. */
	public void stopped(String reason) {
		Counter.builder("treatygraph.stopped")
			.description("Requests stopped while running, by the bound they reached")
			.tag("reason", reason)
			.register(this.registry)
			.increment();
	}

	/** A request refused by a rate limit, by its setting. */
	public void rateLimited(String limit) {
		Counter.builder("treatygraph.rate.limited")
			.description("Requests refused with 429, by rate limit")
			.tag("limit", limit)
			.register(this.registry)
			.increment();
	}

	public void unavailable() {
		this.unavailable.increment();
	}

	public void statements(long count) {
		this.statementsPerRequest.record(count);
	}

}
