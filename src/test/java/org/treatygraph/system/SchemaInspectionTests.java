package org.treatygraph.system;

import java.util.Map;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.SchemaMappingInspector;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The schema and its resolvers")
class SchemaInspectionTests extends GraphQlIntegrationTest {

	@Autowired
	private SchemaInspection inspection;

	@Test
	@DisplayName("every field the service's schema declares has its resolver, and every resolver its field")
	void shouldResolveEveryFieldOfTheSchema() {
		assertThat(this.inspection.gaps()).isEmpty();
	}

	@Test
	@DisplayName("a field without a resolver is found, a fact's id resolved by Fact.id() is not")
	void shouldFindAFieldWithoutAResolver() {
		var schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse("""
				type Query { hello: String }
				interface Fact { id: ID! }
				type Membership implements Fact { id: ID! }
				"""));

		assertThat(SchemaInspection.gaps(SchemaMappingInspector.inspect(schema, Map.of())))
			.containsExactly("no resolver for Query.hello");
	}

}
