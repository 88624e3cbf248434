package org.treatygraph.system;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every Cypher statement the service holds as a constant, found in its classes by
 * reflection and named {@code Class.FIELD} (or {@code Class.FIELD[key]} for the texts a
 * constant map keeps by the case they serve): what {@link StatementPlanningTests} checks
 * and the benchmark's plan timing times.
 */
public final class ServiceStatements {

	/**
	 * Texts completed at run time, not statements yet: a connection's path length and
	 * number of paths must be literals in Cypher, so its statement is this head, the path
	 * pattern and a tail, one text per pair asked (60 at most), whatever the types of its
	 * ends.
	 */
	public static final Set<String> ASSEMBLED_AT_RUN_TIME = Set.of("RelationRepository.CONNECTIONS_HEAD");

	private static final Pattern CYPHER = Pattern.compile(
			"(?s)^\\s*(//[^\\n]*\\n\\s*)*(CYPHER 25\\s+)?(MATCH|OPTIONAL MATCH|UNWIND|CALL|CREATE|MERGE|WITH|RETURN)\\b.*");

	private ServiceStatements() {
	}

	/** The service's statement constants by name, fragments and templates included. */
	public static Map<String, String> all() throws IOException, ReflectiveOperationException {
		Map<String, String> found = new TreeMap<>();
		ClassLoader loader = ServiceStatements.class.getClassLoader();
		for (Resource resource : new PathMatchingResourcePatternResolver(loader)
			.getResources("classpath*:org/treatygraph/**/*.class")) {
			String path = resource.getURL().getPath();
			if (path.contains("/test-classes/")) {
				continue;
			}
			String name = path.substring(path.indexOf("org/treatygraph/")).replace('/', '.').replace(".class", "");
			Class<?> type = Class.forName(name, false, loader);
			for (Field field : type.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) || !Modifier.isFinal(field.getModifiers())) {
					continue;
				}
				if (field.getType() == String.class) {
					field.setAccessible(true);
					if (field.get(null) instanceof String text && CYPHER.matcher(text).matches()) {
						found.put(type.getSimpleName() + "." + field.getName(), text);
					}
				}
				// statements kept by the case they serve, such as the as-of pages by
				// anchor
				if (Map.class.isAssignableFrom(field.getType())) {
					field.setAccessible(true);
					if (field.get(null) instanceof Map<?, ?> texts) {
						texts.forEach((key, value) -> {
							if (value instanceof String text && CYPHER.matcher(text).matches()) {
								found.put(type.getSimpleName() + "." + field.getName() + "[" + key + "]", text);
							}
						});
					}
				}
			}
		}
		return found;
	}

	/**
	 * A fragment that other constants are composed of (such as the history's record of a
	 * creation, which a feature's write includes), not a statement itself.
	 */
	public static boolean isPartOfAnother(String name, Map<String, String> statements) {
		String fragment = statements.get(name);
		return statements.entrySet()
			.stream()
			.anyMatch((other) -> !other.getKey().equals(name) && other.getValue().length() > fragment.length()
					&& other.getValue().contains(fragment));
	}

}
