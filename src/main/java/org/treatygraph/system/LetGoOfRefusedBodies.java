package org.treatygraph.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A request refused before its body was read whole (too large, or arriving too slowly)
 * has its connection closed once the refusal is written. Left to itself, Tomcat would
 * read the rest of the body to reuse the connection, and for a client that stopped
 * sending wait a minute for it: the client that was refused for holding a request open
 * would hold it open all the same.
 */
@Component
class LetGoOfRefusedBodies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private static final String CLOSE = LetGoOfRefusedBodies.class.getName() + ".close";

	/** Marks the request: once answered, its connection is closed. */
	static void closeAfterAnswering(ServletRequest request) {
		request.setAttribute(CLOSE, Boolean.TRUE);
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextValves(new CloseMarked());
	}

	private static final class CloseMarked extends ValveBase {

		CloseMarked() {
			super(true);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			getNext().invoke(request, response);
			if (request.getAttribute(CLOSE) != null) {
				response.finishResponse();
				response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
			}
		}

	}

}
