package org.treatygraph.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Answers refused before GraphQL runs, shaped as GraphQL errors all the same, so a client
 * reads every refusal the same way.
 */
public final class ErrorBodies {

	private ErrorBodies() {
	}

	/** A message of fixed text, with no quotes or backslashes, and its classification. */
	public static void write(HttpServletResponse response, int status, String classification, String message)
			throws IOException {
		write(response, status, classification, message, "");
	}

	public static void write(HttpServletResponse response, int status, String classification, String message,
			String moreExtensions) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"%s\",\"extensions\":{\"classification\":\"%s\"%s}}]}".formatted(message,
					classification, moreExtensions));
	}

	/** 429 with {@code Retry-After}, naming the setting that refused the client. */
	public static void tooManyRequests(HttpServletResponse response, long retryAfterSeconds, String what,
			String setting) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		write(response, 429, "RATE_LIMITED",
				"too many %s from this client; try again in %d s (%s)".formatted(what, retryAfterSeconds, setting),
				",\"retryAfterSeconds\":%d,\"limit\":\"%s\"".formatted(retryAfterSeconds, setting));
	}

}
