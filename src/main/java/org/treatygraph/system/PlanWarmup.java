package org.treatygraph.system;

import java.util.List;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Asks the analysts' usual questions once, in the background, as soon as the service is
 * ready. Neo4j plans each query shape the first time it meets it, which on a cold JVM and
 * two cores takes seconds per large statement; without this the first analyst pays for
 * it, and a first request that plans many statements can even hit the request's timeout.
 */
@Component
@ConditionalOnProperty(name = "treatygraph.warmup.enabled", havingValue = "true", matchIfMissing = true)
class PlanWarmup {

	private static final Log logger = LogFactory.getLog(PlanWarmup.class);

	private static final List<String> QUESTIONS = List.of(
			"""
					{ country(code: "CU") { name memberships { organization { name } citations { quote } }
					    agreements(first: 20) { totalCount edges { node { title kind status summary parties { role actor { name } }
					      signatures { signer { name } onBehalfOf { name } event { name venue { name } } citations { quote source { title } } }
					      actions { kind date { value } } events { name } citations { quote source { title } } } } }
					    events { name date { value } venue { name } } } }""",
			"""
					{ relations(between: ["CU", "RU"]) { between { id } agreements(first: 10) { totalCount edges { node { title status } } }
					    agreementTally { kind status count } events(first: 10) { totalCount edges { node { name } } }
					    sharedMemberships { organization { name } }
					    timeline(first: 20) { totalCount nodes { date { value } kind statement fact { id } citations { quote } } } } }""",
			"""
					{ timeline(of: "CU", first: 20) { totalCount nodes { statement citations { quote } } }
					  connections(from: "CU", to: "RU", maxHops: 4) { length hops { statement citations { quote } } }
					  agreementsPerYear(of: "CU") { year count } topPartners(of: "CU") { partner { name } agreements }
					  topSignatories { person { name } signatures } membershipCounts { organization { name } members }
					  search(query: "cuba", first: 10) { matchedIn node { __typename } }
					  agreements(filter: { involving: ["CU"], text: "plan" }, orderBy: { field: DATE, direction: DESC }, first: 5) { totalCount }
					  events(filter: { venueCountries: ["CU"] }, orderBy: { field: DATE }, first: 5) { totalCount }
					  sources(first: 5) { edges { node { title citations { quote } } } } }""");

	private final ExecutionGraphQlService graphQl;

	PlanWarmup(ExecutionGraphQlService graphQl) {
		this.graphQl = graphQl;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread.ofPlatform().daemon().name("plan-warmup").start(() -> {
			long started = System.nanoTime();
			for (String question : QUESTIONS) {
				try {
					this.graphQl
						.execute(new DefaultExecutionGraphQlRequest(question, null, null, null,
								UUID.randomUUID().toString(), null))
						.block();
				}
				catch (RuntimeException ex) {
					logger.debug("Warm-up question failed: " + ex);
				}
			}
			logger.info("Warmed up the usual questions' query plans in " + (System.nanoTime() - started) / 1_000_000
					+ " ms");
		});
	}

}
