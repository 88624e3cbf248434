package org.treatygraph.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A body the GraphQL endpoint cannot read, such as broken JSON or a batch (a JSON array
 * of requests, which the service does not take), gets a GraphQL-shaped error like every
 * other refusal, not the servlet container's error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableRequests implements HandlerExceptionResolver {

	private final RequestBodyLimit bodyLimit;

	UnreadableRequests(RequestBodyLimit bodyLimit) {
		this.bodyLimit = bodyLimit;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!"/graphql".equals(request.getRequestURI())) {
			return null;
		}
		try {
			if (causedBy(ex, RequestBodyLimit.TooLarge.class)) {
				this.bodyLimit.refuse(request, response, "the request body is larger", -1);
				return new ModelAndView();
			}
			if (causedBy(ex, RequestBodyLimit.TooSlow.class)) {
				this.bodyLimit.refuseSlow(request, response);
				return new ModelAndView();
			}
			if (ex instanceof ServerWebInputException || ex instanceof HttpMessageNotReadableException) {
				ErrorBodies.write(response, HttpServletResponse.SC_BAD_REQUEST, "BAD_REQUEST",
						"the body is not one GraphQL request: a JSON object such as {\\\"query\\\": \\\"{ __typename }\\\"}; batches (JSON arrays) are not taken");
				return new ModelAndView();
			}
		}
		catch (IOException failure) {
			return null;
		}
		return null;
	}

	/** Whether reading the body stopped at a limit, however the reader wrapped that. */
	private static boolean causedBy(Throwable ex, Class<? extends IOException> stop) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (stop.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
