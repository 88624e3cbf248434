package org.treatygraph.system;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.SchemaReport;

/**
 * Spring for GraphQL's report of what in the schema no code resolves, read once at start.
 * Its own log of it (INFO, on every start, the command line's included) always listed
 * each fact type's {@code id}, which {@code Fact.id()} resolves, a default method the
 * inspector does not look at: a report that always lists something teaches its reader to
 * skip it. Those are set aside; whatever else it finds, a field without a resolver, a
 * resolver without a field, an argument or nullness a resolver does not match, is logged
 * as a warning and kept for {@code SchemaInspectionTests}.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaInspection {

	private static final Log logger = LogFactory.getLog(SchemaInspection.class);

	private volatile @Nullable List<String> gaps;

	@Bean
	GraphQlSourceBuilderCustomizer schemaMappingInspection() {
		return (builder) -> builder.inspectSchemaMappings(this::read);
	}

	/** What the report found that the service does not expect, one line each. */
	public List<String> gaps() {
		List<String> found = this.gaps;
		if (found == null) {
			throw new IllegalStateException("the schema has not been inspected yet");
		}
		return found;
	}

	private void read(SchemaReport report) {
		List<String> found = gaps(report);
		this.gaps = found;
		if (!found.isEmpty()) {
			logger.warn("The schema and its resolvers disagree:\n\t" + String.join("\n\t", found));
		}
		else if (logger.isDebugEnabled()) {
			logger.debug(report);
		}
	}

	static List<String> gaps(SchemaReport report) {
		List<String> found = new ArrayList<>();
		report.unmappedFields()
			.stream()
			.filter((field) -> !isFactId(report.schema(), field))
			.forEach((field) -> found.add("no resolver for " + field));
		report.unmappedRegistrations()
			.forEach((field, fetcher) -> found.add("no field in the schema for " + field + ": " + fetcher));
		report.unmappedArguments()
			.forEach((fetcher, arguments) -> found.add("arguments " + arguments + " not in the schema: " + fetcher));
		report.fieldNullnessErrors().forEach((field, error) -> found.add("nullness of " + field + ": " + error));
		report.argumentNullnessErrors()
			.forEach((fetcher, errors) -> found.add("nullness of the arguments of " + fetcher + ": " + errors));
		return found;
	}

	private static boolean isFactId(GraphQLSchema schema, FieldCoordinates field) {
		return field.getFieldName().equals("id")
				&& schema.getType(field.getTypeName()) instanceof GraphQLObjectType type
				&& type.getInterfaces().stream().anyMatch((implemented) -> implemented.getName().equals("Fact"));
	}

}
