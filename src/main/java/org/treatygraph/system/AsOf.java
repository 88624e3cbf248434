package org.treatygraph.system;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * The moment a request reads the graph as of. Every read query receives it as
 * {@code $asOf} and shows only what existed then: facts created by then and not yet
 * retracted, agreements with the title they had. Without {@code asOf} a request reads the
 * present, which {@code $asOf} stands for as a moment after every write.
 */
public final class AsOf {

	/** Later than any write, so "not retracted by then" means "not retracted". */
	public static final ZonedDateTime PRESENT = ZonedDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

	private static final String CONTEXT_KEY = AsOf.class.getName();

	/**
	 * Reads run on the request's own thread, data loaders included (no executor for
	 * controller methods), so the moment can travel with the thread; AsOfBinding clears
	 * it per request.
	 */
	private static final ThreadLocal<@Nullable ZonedDateTime> CURRENT = new ThreadLocal<>();

	private AsOf() {
	}

	/**
	 * Cypher condition: the node bound to {@code variable} counts now, that is, it is not
	 * retracted; what a read of the present asks instead of {@link #visible(String)}.
	 */
	public static String standing(String variable) {
		return "NOT " + variable + ":Retracted";
	}

	/**
	 * Cypher condition: the node bound to {@code variable} existed and was not retracted
	 * at {@code $asOf}, which every read statement receives.
	 */
	public static String visible(String variable) {
		return "(" + variable + ".retractedAt IS NULL OR " + variable + ".retractedAt > $asOf) AND coalesce(" + variable
				+ ".createdAt <= $asOf, true)";
	}

	/**
	 * Takes the {@code asOf} argument of a top-level field. All top-level fields of one
	 * request must read as of the same moment, or none of them sets one.
	 */
	public static void use(@Nullable String asOf, DataFetchingEnvironment environment) {
		ZonedDateTime moment = parse(asOf);
		GraphQLContext context = environment.getGraphQlContext();
		Optional<ZonedDateTime> earlier = context.getOrEmpty(CONTEXT_KEY);
		if (earlier.isPresent() && !earlier.get().equals(moment)) {
			throw new InvalidArgumentException("asOf", "every field of one request must read as of the same moment");
		}
		context.put(CONTEXT_KEY, moment);
		CURRENT.set(Objects.equals(moment, PRESENT) ? null : moment);
	}

	/**
	 * The moment the running request reads as of; {@link #PRESENT} when it reads the
	 * present.
	 */
	static ZonedDateTime current() {
		ZonedDateTime moment = CURRENT.get();
		return moment == null ? PRESENT : moment;
	}

	/**
	 * Whether the running request reads the present, which the state kept on the nodes
	 * answers without looking at history.
	 */
	public static boolean present() {
		return CURRENT.get() == null;
	}

	static void clear() {
		CURRENT.remove();
	}

	private static ZonedDateTime parse(@Nullable String asOf) {
		if (asOf == null) {
			return PRESENT;
		}
		try {
			return OffsetDateTime.parse(asOf.strip()).atZoneSameInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidArgumentException("asOf",
					"'%s' is not an ISO 8601 date-time with offset, such as 2025-11-03T12:00:00Z".formatted(asOf));
		}
	}

}
