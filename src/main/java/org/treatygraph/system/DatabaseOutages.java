package org.treatygraph.system;

import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.exceptions.ConnectionReadTimeoutException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Neo4j being away, told apart from every other failure: the caller gets
 * {@code UNAVAILABLE} with an id, never a bare HTTP 500, and the log gets one line per
 * failed request with that id, the stack trace only for the first failure of an outage
 * (one outage once made 10 MB of identical traces in 95 s).
 */
@Component
public class DatabaseOutages {

	public static final ErrorClassification UNAVAILABLE = ErrorClassification.errorClassification("UNAVAILABLE");

	private static final Log logger = LogFactory.getLog(DatabaseOutages.class);

	private static final String POOL_EXHAUSTED = "Unable to acquire connection from the pool";

	private final AtomicBoolean down = new AtomicBoolean();

	private final ServiceMetrics metrics;

	DatabaseOutages(ServiceMetrics metrics) {
		this.metrics = metrics;
	}

	/**
	 * Whether the failure means Neo4j cannot be reached, rather than a fault in the work.
	 */
	public static boolean isUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
					|| cause instanceof ConnectionReadTimeoutException
					|| cause instanceof DataAccessResourceFailureException
					|| (cause.getMessage() != null && cause.getMessage().contains(POOL_EXHAUSTED))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Logs the failure under a new id and answers the GraphQL error that names it, for
	 * the caller to place at a field or leave for the whole request.
	 */
	public GraphqlErrorBuilder<?> unavailable(Throwable failure) {
		String id = record(failure);
		return GraphqlErrorBuilder.newError()
			.errorType(UNAVAILABLE)
			.message(message(id))
			.extensions(Map.of("errorId", id));
	}

	/** What the caller is told, for the paths that write their own error body. */
	public static String message(String id) {
		return "the database cannot be reached just now (error %s); try again in a few seconds".formatted(id);
	}

	/** Logs the failure under a new id, once with its stack trace per outage; the id. */
	public String record(Throwable failure) {
		String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 12);
		this.metrics.unavailable();
		if (this.down.compareAndSet(false, true)) {
			logger.error("Neo4j unavailable, error " + id + "; later failures of this outage are logged in one line",
					failure);
		}
		else {
			logger.warn("Neo4j unavailable, error " + id + ": " + rootMessage(failure));
		}
		return id;
	}

	/** A request reached Neo4j: an outage, if there was one, is over. */
	public void reached() {
		if (this.down.compareAndSet(true, false)) {
			logger.info("Neo4j reachable again");
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
