package org.treatygraph.history;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.security.Caller;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a mutation with a {@code clientMutationId} safe to retry: the first run records
 * which node it produced, in its own transaction, and every retry by the same caller
 * returns that node instead of doing the work again. A uniqueness constraint, not timing,
 * keeps two concurrent runs from both succeeding.
 */
@Component
public class MutationReceipts {

	private static final String FIND = """
			MATCH (r:MutationReceipt {key: $key})
			RETURN r.operation AS operation, r.resultType AS type, r.resultKey AS resultKey
			""";

	private static final String RECORD = """
			CREATE (:MutationReceipt {key: $key, operation: $operation, resultType: $type, resultKey: $resultKey,
			                          at: datetime.transaction()})
			""";

	private final Neo4jClient neo4j;

	private final TransactionTemplate transaction;

	MutationReceipts(Neo4jClient neo4j, PlatformTransactionManager transactions) {
		this.neo4j = neo4j;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Runs {@code work} in one transaction, or returns the result of the earlier run with
	 * the same client mutation id.
	 * @param work the mutation's writes; returns the node the payload shows
	 */
	public GlobalId once(@Nullable String clientMutationId, String operation, Supplier<GlobalId> work) {
		if (clientMutationId == null || clientMutationId.isBlank()) {
			return this.transaction.execute(status -> work.get());
		}
		String key = Caller.current().name() + "\u001F" + clientMutationId;
		Optional<GlobalId> earlier = find(key, operation);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		try {
			return this.transaction.execute(status -> {
				GlobalId result = work.get();
				this.neo4j.query(RECORD)
					.bindAll(Map.of("key", key, "operation", operation, "type", result.type().label(), "resultKey",
							result.key()))
					.run();
				return result;
			});
		}
		catch (DataIntegrityViolationException concurrentRun) {
			return find(key, operation).orElseThrow(() -> concurrentRun);
		}
	}

	private Optional<GlobalId> find(String key, String operation) {
		return this.neo4j.query(FIND).bind(key).to("key").fetch().one().map(row -> {
			if (!operation.equals(row.get("operation"))) {
				throw new InvalidArgumentException("input.clientMutationId",
						"was already used for %s; use a new id for each mutation".formatted(row.get("operation")));
			}
			return new GlobalId(NodeType.fromLabel((String) row.get("type")).orElseThrow(),
					(String) row.get("resultKey"));
		});
	}

}
