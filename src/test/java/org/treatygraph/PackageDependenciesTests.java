package org.treatygraph;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages' dependencies as src/site/ARCHITECTURE.md draws them: each package uses
 * only those below it, so no two lean on each other and a newcomer can read them bottom
 * up.
 */
class PackageDependenciesTests {

	private static final String BASE = "org.treatygraph.";

	/**
	 * What each package may use, lowest first; a package missing here may use nothing of
	 * ours. Adding an arrow is a design decision: change ARCHITECTURE.md with it.
	 */
	private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(Map.entry("system", Set.of()),
			Map.entry("node", Set.of("system")), Map.entry("date", Set.of("system")),
			Map.entry("search", Set.of("system", "node")), Map.entry("history", Set.of("system", "node")),
			Map.entry("identifier", Set.of("system", "node", "history")),
			Map.entry("source", Set.of("system", "node", "date", "history")),
			Map.entry("country", Set.of("identifier", "system", "node", "search")),
			Map.entry("place", Set.of("identifier", "system", "node", "history", "country")),
			Map.entry("relation", Set.of("system", "node", "date", "source", "country")),
			Map.entry("organization",
					Set.of("identifier", "system", "node", "date", "search", "history", "source", "country",
							"relation")),
			Map.entry("person",
					Set.of("identifier", "system", "node", "date", "search", "history", "source", "country",
							"organization")),
			Map.entry("event",
					Set.of("identifier", "system", "node", "date", "search", "history", "source", "country", "place",
							"relation", "organization", "person")),
			Map.entry("agreement",
					Set.of("identifier", "system", "node", "date", "search", "history", "source", "country", "relation",
							"organization", "person", "event")),
			Map.entry("live", Set.of("system", "node", "history", "country")),
			Map.entry("merge", Set.of("system", "node", "history")), Map.entry("bulk", Set.of("agreement")),
			// the exchange reaches the features through their mutations, not their
			// classes; it reads the global ids an export filter may name
			Map.entry("exchange", Set.of("node")), Map.entry("page", Set.of()),
			Map.entry("proposal", Set.of("system", "node", "history", "exchange")));

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.treatygraph");

	@Test
	@DisplayName("no package depends on another that depends on it back, directly or round a ring")
	void packagesAreFreeOfCycles() {
		slices().matching("org.treatygraph.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	@DisplayName("each package uses exactly the packages the architecture lets it use")
	void packagesUseOnlyWhatTheArchitectureAllows() {
		Map<String, Set<String>> used = new TreeMap<>();
		for (JavaClass type : CLASSES) {
			String from = packageOf(type);
			if (from == null) {
				continue;
			}
			for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
				String to = packageOf(dependency.getTargetClass());
				if (to != null && !to.equals(from)) {
					used.computeIfAbsent(from, (key) -> new TreeSet<>()).add(to);
				}
			}
		}
		used.forEach((from, targets) -> assertThat(targets).as("packages %s uses", from)
			.isSubsetOf(MAY_USE.getOrDefault(from, Set.of())));
		assertThat(used).as("packages that use others").containsKey("agreement").containsKey("source");
	}

	@Test
	@DisplayName("sources and citations serve every fact without knowing any feature")
	void sourceKnowsNoFeature() {
		noClasses().that()
			.resideInAPackage("org.treatygraph.source..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.treatygraph.agreement..", "org.treatygraph.event..",
					"org.treatygraph.organization..", "org.treatygraph.person..", "org.treatygraph.country..",
					"org.treatygraph.place..", "org.treatygraph.relation..")
			.check(CLASSES);
	}

	/** The feature package right under the base, or null for the application class. */
	private static @Nullable String packageOf(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith(BASE)) {
			return null;
		}
		String rest = name.substring(BASE.length());
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
