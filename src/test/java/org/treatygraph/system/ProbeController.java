package org.treatygraph.system;

import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test-only fields (see graphql-probes/probes.graphqls) that fail on purpose; only in the
 * contexts that load that schema, so that no other has resolvers without fields.
 */
@Controller
@ConditionalOnBooleanProperty("treatygraph.test.probes")
class ProbeController {

	/** Counts to two billion, so only the timeout can end it. */
	static final String RUNAWAY = "UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i) /* runaway-probe */";

	/**
	 * Writes to Cuba, then counts to two billion: only the mutation's transaction timeout
	 * can end it, and the write must not stay.
	 */
	static final String RUNAWAY_WRITE = """
			MATCH (c:Country {id: 'CU'}) SET c.runawayProbe = true
			WITH c UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i) /* runaway-write-probe */""";

	private final Neo4jClient neo4j;

	private final TransactionTemplate transactions;

	private final TransactionTemplate writes;

	ProbeController(Neo4jClient neo4j, PlatformTransactionManager transactionManager) {
		this.neo4j = neo4j;
		// default settings, so the configured default timeout applies as to any request
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setReadOnly(true);
		this.writes = new TransactionTemplate(transactionManager);
	}

	@MutationMapping
	@Nullable Integer runawayWriteProbe() {
		return this.writes.execute(status -> this.neo4j.query(RUNAWAY_WRITE).fetchAs(Integer.class).one().orElse(null));
	}

	@QueryMapping
	@Nullable Integer runawayProbe() {
		return this.transactions.execute(status -> this.neo4j.query(RUNAWAY).fetchAs(Integer.class).one().orElse(null));
	}

	@QueryMapping
	List<SlowItem> slowItemsProbe(@Argument int count, @Argument int millis) {
		return IntStream.range(0, count).mapToObj((index) -> new SlowItem(index, millis)).toList();
	}

	@SchemaMapping
	int index(SlowItem item) throws InterruptedException {
		Thread.sleep(item.millis());
		return item.index();
	}

	@QueryMapping
	Integer brokenProbe() {
		throw new IllegalStateException("MATCH (n:Secret) RETURN n failed in org.treatygraph.Internal");
	}

	record SlowItem(int index, int millis) {
	}

}
