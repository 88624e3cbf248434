package org.treatygraph.system;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Turns domain exceptions into typed GraphQL errors that name the argument at fault. */
@ControllerAdvice
class GraphQlErrors {

	/** Stale versions: someone else changed the node since the curator read it. */
	static final ErrorClassification CONFLICT = ErrorClassification.errorClassification("CONFLICT");

	/** One error per invalid field, each naming its argument, in the order checked. */
	@GraphQlExceptionHandler
	List<GraphQLError> invalidInput(InputErrors.InvalidInputException ex, DataFetchingEnvironment environment) {
		return ex.errors().stream().map((error) -> invalidArgument(error, environment)).toList();
	}

	@GraphQlExceptionHandler
	GraphQLError invalidArgument(InvalidArgumentException ex, DataFetchingEnvironment environment) {
		ErrorClassification type = switch (ex) {
			case ConflictException conflict -> CONFLICT;
			case NotFoundException notFound -> ErrorType.NOT_FOUND;
			default -> ErrorType.BAD_REQUEST;
		};
		return GraphQLError.newError()
			.errorType(type)
			.message(ex.getMessage())
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.extensions((ex instanceof AlreadyRecordedException recorded) ? Map.of("argument", ex.argument(), "reason",
					"ALREADY_RECORDED", "recordedId", recorded.recordedId()) : Map.of("argument", ex.argument()))
			.build();
	}

	/**
	 * A uniqueness constraint refused a write that validation could not foresee, such as
	 * one text registered under two URLs; the transaction rolled back, so nothing was
	 * written.
	 */
	@GraphQlExceptionHandler
	GraphQLError constraintViolated(DataIntegrityViolationException ex, DataFetchingEnvironment environment) {
		return GraphQLError.newError()
			.errorType(CONFLICT)
			.message("conflicts with a node already recorded (the same natural key, URL or text); nothing was written")
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.build();
	}

}
