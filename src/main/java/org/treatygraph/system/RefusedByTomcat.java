package org.treatygraph.system;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before the service sees them (a URL or headers over
 * {@code server.max-http-request-header-size}, a query written into the URL with the
 * braces and quotes a URL may not hold unencoded, a malformed request line) are answered
 * as GraphQL errors like every other refusal, not with Tomcat's HTML page, which a client
 * parsing JSON cannot read and which says nothing of what to change. Errors the service
 * answers itself have a body already and pass through untouched.
 */
@Component
class RefusedByTomcat implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private static final String UNREADABLE = "the request could not be read: its URL or headers are malformed or too large"
			+ " (at most server.max-http-request-header-size together). Send a GraphQL request as a JSON body"
			+ " with POST, or percent-encode the query in the URL ({ as %7B, } as %7D, a space as %20)";

	private static final String UNSPOKEN_VERSION = "the request's HTTP version is not one the service speaks: send HTTP/1.1";

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		// Spring Boot's own report valve sits before this one on the host; the inner
		// one writes the body, the outer then finds the error reported
		factory.addContextCustomizers((context) -> context.getParent().getPipeline().addValve(new GraphQlShaped()));
	}

	/** Tomcat's error report, written as a GraphQL error. */
	static final class GraphQlShaped extends ErrorReportValve {

		GraphQlShaped() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, @Nullable Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean writable = new AtomicBoolean();
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
			if (!writable.get()) {
				return;
			}
			try {
				switch (status) {
					case 400 -> ErrorBodies.write(response, status, "BAD_REQUEST", UNREADABLE);
					case 505 -> ErrorBodies.write(response, status, "BAD_REQUEST", UNSPOKEN_VERSION);
					default -> ErrorBodies.write(response, status, (status < 500) ? "BAD_REQUEST" : "INTERNAL_ERROR",
							"the request was refused with HTTP status " + status);
				}
				response.finishResponse();
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone, or the response could not be written: nothing to
				// tell anyone
			}
		}

	}

}
