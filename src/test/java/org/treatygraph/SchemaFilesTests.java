package org.treatygraph;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import graphql.language.Definition;
import graphql.language.FieldDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer finds the code behind a field from the schema file's name alone: the field
 * {@code agreements} declared (or added with {@code extend type}) in
 * {@code agreement.graphqls} is resolved in the package {@code agreement}.
 */
class SchemaFilesTests {

	private static final String BASE = "org.treatygraph.";

	@Test
	@DisplayName("every field's resolver lives in the package named like the schema file that declares the field")
	void shouldResolveEachFieldInThePackageOfItsSchemaFile() throws Exception {
		Map<String, String> declaredIn = declaredFields();
		Map<String, String> resolvedIn = resolvers();
		List<String> strays = new ArrayList<>();
		resolvedIn.forEach((field, feature) -> {
			String file = declaredIn.get(field);
			if (!feature.equals(file)) {
				strays.add(field + " is declared in " + file + ".graphqls but resolved in " + feature + "/");
			}
		});
		assertThat(resolvedIn).as("resolvers found")
			.hasSizeGreaterThan(100)
			.containsKeys("Query.agreements", "Query.relations", "Query.connections", "Mutation.createAgreement",
					"Subscription.factChanged", "Fact.citations");
		assertThat(strays).isEmpty();
	}

	@Test
	@DisplayName("each schema file has its package, and each package with resolvers has its schema file")
	void shouldPairSchemaFilesWithPackages() throws Exception {
		Set<String> files = new TreeSet<>();
		for (Resource file : schemaFiles()) {
			String name = StringUtils.stripFilenameExtension(file.getFilename());
			files.add(name);
			assertThat(packageExists(name)).as("package of %s.graphqls", name).isTrue();
		}
		assertThat(files).containsAll(new TreeSet<>(resolvers().values()));
	}

	@Test
	@DisplayName("a field that takes arguments may answer null, so that refusing them costs that field alone, not the rest of the answer")
	void shouldLetEveryFieldWithArgumentsBeNull() throws Exception {
		List<String> nonNull = new ArrayList<>();
		for (Resource file : schemaFiles()) {
			for (Definition<?> definition : Parser.parse(file.getContentAsString(StandardCharsets.UTF_8))
				.getDefinitions()) {
				// a subscription has one root field: null there is the whole answer
				// anyway
				if (definition instanceof ObjectTypeDefinition object && !object.getName().equals("Subscription")) {
					object.getFieldDefinitions()
						.stream()
						.filter((field) -> !field.getInputValueDefinitions().isEmpty()
								&& field.getType() instanceof NonNullType)
						.forEach((field) -> nonNull.add(object.getName() + "." + field.getName()));
				}
			}
		}
		assertThat(nonNull).isEmpty();
	}

	/** {@code Type.field} to the name of the file that declares or extends it. */
	private static Map<String, String> declaredFields() throws IOException {
		Map<String, String> declared = new TreeMap<>();
		for (Resource file : schemaFiles()) {
			String name = StringUtils.stripFilenameExtension(file.getFilename());
			String text = file.getContentAsString(StandardCharsets.UTF_8);
			for (Definition<?> definition : Parser.parse(text).getDefinitions()) {
				String type = null;
				List<FieldDefinition> fields = List.of();
				if (definition instanceof ObjectTypeDefinition object) {
					type = object.getName();
					fields = object.getFieldDefinitions();
				}
				else if (definition instanceof InterfaceTypeDefinition contract) {
					type = contract.getName();
					fields = contract.getFieldDefinitions();
				}
				for (FieldDefinition field : fields) {
					String previous = declared.put(type + "." + field.getName(), name);
					assertThat(previous).as("%s.%s declared twice", type, field.getName()).isNull();
				}
			}
		}
		return declared;
	}

	/**
	 * {@code Type.field} to the feature package of the controller method resolving it.
	 */
	private static Map<String, String> resolvers() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		Map<String, String> resolvers = new TreeMap<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.treatygraph")) {
			Class<?> controller = Class.forName(candidate.getBeanClassName());
			if (isTestCode(controller)) {
				continue;
			}
			String feature = controller.getPackageName().substring(controller.getPackageName().lastIndexOf('.') + 1);
			for (Method method : controller.getDeclaredMethods()) {
				String coordinate = coordinateOf(method);
				if (coordinate != null) {
					resolvers.put(coordinate, feature);
				}
			}
		}
		return resolvers;
	}

	/** What Spring for GraphQL maps the method to, worked out the way it does. */
	private static String coordinateOf(Method method) {
		SchemaMapping schema = AnnotatedElementUtils.findMergedAnnotation(method, SchemaMapping.class);
		if (schema != null) {
			String type = StringUtils.hasText(schema.typeName()) ? schema.typeName()
					: method.getParameterTypes()[0].getSimpleName();
			return type + "." + (StringUtils.hasText(schema.field()) ? schema.field() : method.getName());
		}
		BatchMapping batch = AnnotatedElementUtils.findMergedAnnotation(method, BatchMapping.class);
		if (batch != null) {
			String type = batch.typeName();
			if (!StringUtils.hasText(type)) {
				var parents = (ParameterizedType) method.getGenericParameterTypes()[0];
				type = ((Class<?>) parents.getActualTypeArguments()[0]).getSimpleName();
			}
			return type + "." + (StringUtils.hasText(batch.field()) ? batch.field() : method.getName());
		}
		return null;
	}

	/** The probes tests use to stall or break a request come with their own schema. */
	private static boolean isTestCode(Class<?> type) {
		return type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("/test-classes/");
	}

	private static Resource[] schemaFiles() throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls");
	}

	private static boolean packageExists(String name) {
		for (String candidate : List.of(BASE + name, BASE + "system." + name)) {
			try {
				Class.forName(candidate + ".package-info");
				return true;
			}
			catch (ClassNotFoundException ex) {
				// not this one
			}
		}
		return false;
	}

}
