package org.treatygraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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

	/** The analysts' usual questions, one document per file. */
	private static final String QUESTIONS = "classpath:warmup/*.graphql";

	private final ExecutionGraphQlService graphQl;

	/** The warm-up's documents, in file-name order. */
	static List<String> questions() {
		try {
			return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(QUESTIONS))
				.sorted(Comparator.comparing(Resource::getFilename))
				.map(PlanWarmup::read)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Resource document) {
		try {
			return document.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	PlanWarmup(ExecutionGraphQlService graphQl) {
		this.graphQl = graphQl;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		// said at the start too: an operator sees why the CPU is busy right after a start
		logger.info("Planning the usual questions in the background (treatygraph.warmup.enabled)");
		Thread.ofPlatform().daemon().name("plan-warmup").start(() -> {
			long started = System.nanoTime();
			for (String question : questions()) {
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
