package org.treatygraph.live;

import java.util.HashSet;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Value;
import org.treatygraph.history.ChangeRecorded;
import org.treatygraph.node.NodeLookup;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns committed changes into a stream that every subscription filters. Each change is
 * looked up once, after its commit, for the countries it involves; a slow subscriber
 * misses changes rather than holding up curators.
 */
@Component
class ChangeFeed {

	private static final Log logger = LogFactory.getLog(ChangeFeed.class);

	/**
	 * The countries a node involves: the actors it names or that its agreement or event
	 * names, each counted as its country when it is an organisation based in one, and the
	 * country an event was held in.
	 */
	private static final String COUNTRIES = "WITH $label AS label, $key AS key\n" + NodeLookup.NODE_BY_LABEL_AND_KEY
			+ """
					WITH n AS f
					CALL (f) {
					  MATCH (f)-[:ACTOR|ON_BEHALF_OF|BY_PARTY|ATTENDEE|MEMBER|OF_ORGANIZATION|WITHIN|CONCERNS_ORGANIZATION|ORGANIZED_BY]->(y) RETURN y
					  UNION
					  MATCH (f)-[:OF_AGREEMENT]->(:Agreement)<-[:OF_AGREEMENT]-(:Party)-[:ACTOR]->(y) RETURN y
					  UNION
					  MATCH (f)<-[:OF_AGREEMENT]-(:Party)-[:ACTOR]->(y) RETURN y
					  UNION
					  MATCH (f)<-[:AT_EVENT]-(:Attendance)-[:ATTENDEE]->(y) RETURN y
					  UNION
					  MATCH (f)-[:AT_EVENT]->(:Event)-[:HELD_AT]->(:Place)-[:LOCATED_IN*1..4]->(y:Country) RETURN y
					  UNION
					  MATCH (f)-[:HELD_AT]->(:Place)-[:LOCATED_IN*1..4]->(y:Country) RETURN y
					  UNION
					  MATCH (f:Country) RETURN f AS y
					}
					WITH y, CASE WHEN y:Country THEN [y]
					             ELSE COLLECT { MATCH (y)-[:PART_OF*0..3]->(:Organization)-[:BASED_IN]->(c:Country) RETURN c } END AS countries
					UNWIND countries AS c
					RETURN collect(DISTINCT c.id) AS keys
					""";

	private final Scheduler announcer = Schedulers.newSingle("change-feed", true);

	private final Sinks.Many<FactChange> sink = Sinks.many().multicast().directBestEffort();

	private final Neo4jClient neo4j;

	private final TransactionTemplate reads;

	ChangeFeed(Neo4jClient neo4j, PlatformTransactionManager transactions) {
		this.neo4j = neo4j;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/**
	 * Runs after the curator's commit, but hands the work to another thread: the
	 * committing thread still holds the finished transaction, and subscribers' own reads
	 * must not run on it.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void committed(ChangeRecorded change) {
		if (subscribers() == 0) {
			// nobody to tell, and a curator's create would cost a lookup per node it made
			return;
		}
		this.announcer.schedule(() -> announce(change));
	}

	private void announce(ChangeRecorded change) {
		try {
			Set<String> countries = this.reads.execute(status -> countriesOf(change));
			FactChange published = new FactChange(change.node(), change.operation(), change.by(),
					change.at().toString(), countries == null ? Set.of() : countries);
			this.sink.emitNext(published, Sinks.EmitFailureHandler.FAIL_FAST);
		}
		catch (RuntimeException ex) {
			// the change is committed either way; a lost notification must not fail it
			logger.warn("Could not announce " + change.operation() + " of " + change.node(), ex);
		}
	}

	private Set<String> countriesOf(ChangeRecorded change) {
		return new HashSet<>(this.neo4j.query(COUNTRIES)
			.bindAll(NodeLookup.reference(change.node()))
			.fetchAs(Set.class)
			.mappedBy((types, row) -> new HashSet<>(row.get("keys").asList(Value::asString)))
			.one()
			.orElse(Set.of()));
	}

	/** How many subscriptions listen now. */
	int subscribers() {
		return this.sink.currentSubscriberCount();
	}

	/** Each subscriber reads on its own worker, so a slow one holds up no other. */
	Flux<FactChange> changes() {
		return this.sink.asFlux().onBackpressureDrop().publishOn(Schedulers.boundedElastic());
	}

}
