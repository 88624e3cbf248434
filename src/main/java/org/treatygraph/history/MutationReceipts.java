package org.treatygraph.history;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.treatygraph.history.RecordedMerges.Created;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.AlreadyRecordedException;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.security.Caller;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
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

	/**
	 * Runs of a mutation that Neo4j may end to break a deadlock before the curator is
	 * told.
	 */
	private static final int DEADLOCK_ATTEMPTS = 4;

	/** The mutation a curator called, told with every change its work records. */
	private static final ScopedValue<String> MUTATION = ScopedValue.newInstance();

	private static final String FIND = """
			MATCH (r:MutationReceipt {key: $key})
			RETURN r.operation AS operation, r.resultType AS type, r.resultKey AS resultKey,
			       coalesce(r.created, true) AS created
			""";

	private static final String RECORD = """
			CREATE (:MutationReceipt {key: $key, operation: $operation, resultType: $type, resultKey: $resultKey,
			                          created: $created, at: datetime.transaction()})
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
		return onceCreated(clientMutationId, operation, () -> new Created(work.get(), true)).node();
	}

	/**
	 * Like {@link #once}, for a mutation whose payload also says whether it created the
	 * node: a retry returns exactly what the first run answered.
	 */
	public Created onceCreated(@Nullable String clientMutationId, String operation, Supplier<Created> work) {
		return ScopedValue.where(MUTATION, operation).call(() -> run(clientMutationId, operation, work));
	}

	/** The mutation being run on this thread, if any. */
	static Optional<String> currentMutation() {
		return MUTATION.isBound() ? Optional.of(MUTATION.get()) : Optional.empty();
	}

	/**
	 * Runs the mutation, again in a new transaction when Neo4j ended the first one to
	 * break a deadlock with a concurrent one: the retry then sees the other's change (a
	 * stale version becomes a {@code CONFLICT}) rather than the curator seeing an
	 * internal error.
	 */
	private Created run(@Nullable String clientMutationId, String operation, Supplier<Created> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return runOnce(clientMutationId, operation, work);
			}
			catch (TransientDataAccessException ex) {
				if (attempt == DEADLOCK_ATTEMPTS) {
					throw ex;
				}
				pauseBeforeAttempt(attempt);
			}
		}
	}

	private static void pauseBeforeAttempt(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted before retrying a deadlocked mutation", ex);
		}
	}

	private Created runOnce(@Nullable String clientMutationId, String operation, Supplier<Created> work) {
		if (clientMutationId == null || clientMutationId.isBlank()) {
			return inTransaction(work);
		}
		String key = Caller.current().name() + "\u001F" + clientMutationId;
		Optional<Created> earlier = find(key, operation);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		try {
			return inTransaction(() -> {
				Created result = work.get();
				this.neo4j.query(RECORD)
					.bindAll(Map.of("key", key, "operation", operation, "type", result.node().type().label(),
							"resultKey", result.node().key(), "created", result.created()))
					.run();
				return result;
			});
		}
		catch (DataIntegrityViolationException concurrentRun) {
			return find(key, operation).orElseThrow(() -> concurrentRun);
		}
	}

	/**
	 * Runs {@code work} in a transaction of its own, or in the caller's when one is open
	 * (an import's batch of lines). A fact found recorded already ends the work before it
	 * writes, so the caller's transaction stays good for what follows, and one of its own
	 * ends without committing anything.
	 */
	private Created inTransaction(Supplier<Created> work) {
		AtomicReference<@Nullable AlreadyRecordedException> recorded = new AtomicReference<>();
		Created result = this.transaction.execute(status -> {
			try {
				return work.get();
			}
			catch (AlreadyRecordedException ex) {
				if (status.isNewTransaction()) {
					status.setRollbackOnly();
				}
				recorded.set(ex);
				return null;
			}
		});
		AlreadyRecordedException found = recorded.get();
		if (found != null) {
			throw found;
		}
		return Objects.requireNonNull(result);
	}

	private Optional<Created> find(String key, String operation) {
		return this.neo4j.query(FIND).bind(key).to("key").fetch().one().map(row -> {
			if (!operation.equals(row.get("operation"))) {
				throw new InvalidArgumentException("input.clientMutationId",
						"was already used for %s; use a new id for each mutation".formatted(row.get("operation")));
			}
			return new Created(new GlobalId(NodeType.fromLabel((String) row.get("type")).orElseThrow(),
					(String) row.get("resultKey")), (Boolean) row.get("created"));
		});
	}

}
