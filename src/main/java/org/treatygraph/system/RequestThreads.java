package org.treatygraph.system;

import org.apache.coyote.ProtocolHandler;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;

import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.stereotype.Component;

/**
 * Each HTTP request runs on a virtual thread of its own, so a request waiting on its
 * client (a body arriving a byte at a time, or not at all) parks a thread that costs
 * nothing rather than holding one of Tomcat's 200 workers: 220 such clients once left
 * nobody else answered. How many queries run at once is bounded by {@link QueryTurns},
 * not by a thread pool. Only Tomcat's threads change: a request's GraphQL work still runs
 * on its own thread, as its read transaction needs ({@code spring.threads.virtual} would
 * also hand controller methods to an executor, one thread per field).
 */
@Component
class RequestThreads implements TomcatProtocolHandlerCustomizer<ProtocolHandler> {

	@Override
	public void customize(ProtocolHandler handler) {
		handler.setExecutor(new VirtualThreadExecutor("request-"));
	}

}
