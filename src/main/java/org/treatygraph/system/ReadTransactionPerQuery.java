package org.treatygraph.system;

import java.util.List;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs every statement of one query operation in one read-only transaction: the response
 * reads one consistent state of the graph, the request's deadline bounds its database
 * work as a whole, and each statement saves the round trips of opening and committing a
 * transaction of its own. Mutations keep their own write transactions. Data fetchers and
 * data loaders run on the request's thread (see {@link AsOf}), which holds the
 * transaction.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ReadTransactionPerQuery extends SimplePerformantInstrumentation {

	private static final Log logger = LogFactory.getLog(ReadTransactionPerQuery.class);

	private final PlatformTransactionManager transactions;

	private final int timeoutSeconds;

	private final DatabaseOutages outages;

	ReadTransactionPerQuery(PlatformTransactionManager transactions, QueryLimits.Properties limits,
			DatabaseOutages outages) {
		this.transactions = transactions;
		this.outages = outages;
		this.timeoutSeconds = (int) Math.max(1, limits.deadline().toSeconds());
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		if (operation.getOperation() != OperationDefinition.Operation.QUERY
				|| TransactionSynchronizationManager.isActualTransactionActive()) {
			return SimpleInstrumentationContext.noOp();
		}
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
		definition.setReadOnly(true);
		definition.setName("graphql-query");
		// the request's deadline ends a statement still running when it passes
		definition.setTimeout(this.timeoutSeconds);
		// taken before Neo4j starts the transaction's clock, so never later than its end
		long endsAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(this.timeoutSeconds);
		TransactionStatus status;
		try {
			status = this.transactions.getTransaction(definition);
		}
		catch (RuntimeException ex) {
			if (DatabaseOutages.isUnavailable(ex)) {
				throw new AbortExecutionException(List.of(this.outages.unavailable(ex).build()));
			}
			throw ex;
		}
		this.outages.reached();
		Thread opener = Thread.currentThread();
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
			if (Thread.currentThread() != opener) {
				logger.warn("A query completed on another thread than the one holding its read transaction");
			}
			if (status.isCompleted()) {
				return;
			}
			try {
				// A read-only transaction has nothing to keep, so a query that failed, or
				// outlasted its transaction (which Neo4j has then ended), lets it go:
				// committing an ended transaction makes the transaction manager log an
				// ERROR with a stack trace for what the client was told as a TIMEOUT.
				boolean ended = System.nanoTime() - endsAt >= 0;
				if (ended || failure != null || result == null || !result.getErrors().isEmpty()) {
					this.transactions.rollback(status);
				}
				else {
					this.transactions.commit(status);
				}
			}
			catch (RuntimeException ex) {
				logger.debug("Read transaction ended with " + ex);
			}
		});
	}

}
