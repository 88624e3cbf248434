package org.treatygraph.system;

import java.util.Map;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Turns domain exceptions into typed GraphQL errors that name the argument at fault. */
@ControllerAdvice
class GraphQlErrors {

	@GraphQlExceptionHandler
	GraphQLError invalidArgument(InvalidArgumentException ex, DataFetchingEnvironment environment) {
		return GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(ex.getMessage())
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.extensions(Map.of("argument", ex.argument()))
			.build();
	}

}
