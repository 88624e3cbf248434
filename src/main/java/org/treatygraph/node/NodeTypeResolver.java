package org.treatygraph.node;

import graphql.TypeResolutionEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ClassNameTypeResolver;

/**
 * Resolves {@code Node} and {@code Fact} values to their GraphQL type: a
 * {@link NodeReference} by the type its id names, every view by its class name, as Spring
 * for GraphQL does by default.
 */
@Configuration(proxyBeanMethods = false)
class NodeTypeResolver implements TypeResolver {

	private final TypeResolver byClassName = new ClassNameTypeResolver();

	@Bean
	GraphQlSourceBuilderCustomizer nodeReferencesByTheirType() {
		return builder -> builder.defaultTypeResolver(this);
	}

	@Override
	public GraphQLObjectType getType(TypeResolutionEnvironment environment) {
		if (environment.getObject() instanceof NodeReference reference) {
			return environment.getSchema().getObjectType(reference.globalId().type().label());
		}
		return this.byClassName.getType(environment);
	}

}
