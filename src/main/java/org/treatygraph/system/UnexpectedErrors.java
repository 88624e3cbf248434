package org.treatygraph.system;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.boot.transaction.autoconfigure.TransactionProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The last resolver of exceptions, after the domain's and Spring Security's: a database
 * timeout becomes {@code TIMEOUT}, anything else {@code INTERNAL_ERROR} with an id that
 * the server log repeats beside the stack trace. Clients never see exception classes,
 * messages or Cypher.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class UnexpectedErrors extends DataFetcherExceptionResolverAdapter {

	static final ErrorClassification TIMEOUT = ErrorClassification.errorClassification("TIMEOUT");

	private static final Log logger = LogFactory.getLog(UnexpectedErrors.class);

	private final @Nullable Duration writeTimeout;

	private final Duration deadline;

	private final DatabaseOutages outages;

	UnexpectedErrors(TransactionProperties transactions, QueryLimits.Properties limits, DatabaseOutages outages) {
		this.writeTimeout = transactions.getDefaultTimeout();
		this.deadline = limits.deadline();
		this.outages = outages;
	}

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
		if (ex instanceof AuthenticationException || ex instanceof AccessDeniedException) {
			// Spring Security's resolver makes these UNAUTHORIZED and FORBIDDEN
			return null;
		}
		if (ex instanceof AbortExecutionException aborted) {
			// graphql-java ending the execution, as asked; nothing went wrong inside
			return GraphQLError.newError()
				.errorType(aborted.getErrorType())
				.message(aborted.getMessage())
				.path(environment.getExecutionStepInfo().getPath())
				.build();
		}
		if (DatabaseOutages.isUnavailable(ex)) {
			return this.outages.unavailable(ex)
				.path(environment.getExecutionStepInfo().getPath())
				.location(environment.getField().getSourceLocation())
				.build();
		}
		if (timedOut(ex)) {
			// a query's read transaction ends at the request's deadline, a mutation's at
			// the
			// transaction timeout
			Duration timeout = (environment.getOperationDefinition()
				.getOperation() == OperationDefinition.Operation.MUTATION) ? this.writeTimeout : this.deadline;
			logger.warn("Database work for " + environment.getExecutionStepInfo().getPath() + " ran out of time: "
					+ ex.getMessage());
			return GraphQLError.newError()
				.errorType(TIMEOUT)
				.message(
						"the database work for this field took longer than the %s allowed and was stopped; ask for less (a smaller first, fewer hops, a narrower filter)"
							.formatted(timeout == null ? "time" : timeout.toSeconds() + " s"))
				.path(environment.getExecutionStepInfo().getPath())
				.location(environment.getField().getSourceLocation())
				.build();
		}
		String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 12);
		logger.error("Internal error " + id + " at " + environment.getExecutionStepInfo().getPath(), ex);
		return GraphQLError.newError()
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("internal error " + id + "; the server log has the details under this id")
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.extensions(Map.of("errorId", id))
			.build();
	}

	/**
	 * Neo4j ends over-long transactions with a code naming the timeout or termination.
	 */
	private static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null
					&& (neo4j.code().contains("TransactionTimedOut") || neo4j.code().contains("Terminated"))) {
				return true;
			}
		}
		return false;
	}

}
