package org.treatygraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded Neo4j on its own thread as soon as the configuration is known,
 * before Spring creates its context, so that Neo4j's start (most of the service's) and
 * Spring's overlap. The bean then only waits for it. Registered in
 * {@code META-INF/spring.factories}.
 * <p>
 * A start nobody took by the time the context has started is stopped: a Neo4j URI set
 * after the environment was prepared (as a test's dynamic property is) turns the embedded
 * database off, and it would otherwise run, and keep its files, until the JVM ends.
 */
public class EmbeddedNeo4jEarlyStart implements SmartApplicationListener {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jEarlyStart.class);

	/**
	 * Starts by a token the listener adds to the environment, so that several contexts in
	 * one JVM (tests) each get theirs, even where Spring copies the environment.
	 */
	private static final Map<String, CompletableFuture<EmbeddedNeo4jConfiguration.EmbeddedNeo4j>> STARTS = new ConcurrentHashMap<>();

	private static final String TOKEN = "treatygraph.embedded.early-start";

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
				|| ApplicationStartedEvent.class.isAssignableFrom(eventType)
				|| ApplicationFailedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			ConfigurableEnvironment environment = prepared.getEnvironment();
			if (!environment.getProperty("spring.neo4j.uri", "").isBlank()) {
				return;
			}
			EmbeddedNeo4jProperties properties = Binder.get(environment)
				.bindOrCreate("treatygraph.embedded", EmbeddedNeo4jProperties.class);
			CompletableFuture<EmbeddedNeo4jConfiguration.EmbeddedNeo4j> start = new CompletableFuture<>();
			Thread.ofPlatform().name("embedded-neo4j-start").start(() -> {
				try {
					start.complete(EmbeddedNeo4jConfiguration.EmbeddedNeo4j.start(properties));
				}
				catch (IOException | RuntimeException ex) {
					start.completeExceptionally(ex);
				}
			});
			String token = UUID.randomUUID().toString();
			STARTS.put(token, start);
			environment.getPropertySources().addFirst(new MapPropertySource(TOKEN, Map.of(TOKEN, token)));
		}
		else if (event instanceof ApplicationStartedEvent started) {
			CompletableFuture<EmbeddedNeo4jConfiguration.EmbeddedNeo4j> unclaimed = take(
					started.getApplicationContext().getEnvironment());
			if (unclaimed != null) {
				log.info("Stopping the embedded Neo4j begun before spring.neo4j.uri was set");
				try {
					// waited for: no stray database runs beside the service
					close(unclaimed.join());
				}
				catch (CompletionException ex) {
					// it never started: nothing to stop
				}
			}
		}
		else if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() != null) {
			CompletableFuture<EmbeddedNeo4jConfiguration.EmbeddedNeo4j> start = take(
					failed.getApplicationContext().getEnvironment());
			if (start != null) {
				start.thenAccept(EmbeddedNeo4jEarlyStart::close);
			}
		}
	}

	private static void close(EmbeddedNeo4jConfiguration.EmbeddedNeo4j neo4j) {
		try {
			neo4j.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The start begun for this environment, if any; each start is handed out once. */
	static @Nullable CompletableFuture<EmbeddedNeo4jConfiguration.EmbeddedNeo4j> take(Environment environment) {
		String token = environment.getProperty(TOKEN);
		return token == null ? null : STARTS.remove(token);
	}

}
