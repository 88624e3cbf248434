package org.treatygraph.system;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A GraphQL request's body is read whole before any limit on its document or variables is
 * checked, so its size is bounded before it is read: over
 * {@code treatygraph.limits.max-request-size} it is refused with 413, at once when the
 * request says its length, as soon as it grows past the limit when it does not. Its time
 * is bounded too: a body still arriving after {@code treatygraph.limits.body-timeout} is
 * answered 408, so that a client sending a byte now and then holds no request open for
 * long. The import streams its body and is not held to either.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimit extends OncePerRequestFilter {

	static final String SETTING = "treatygraph.limits.max-request-size";

	static final String TIME_SETTING = "treatygraph.limits.body-timeout";

	private final long maxBytes;

	private final Duration bodyTimeout;

	RequestBodyLimit(QueryLimits.Properties limits) {
		this.maxBytes = limits.maxRequestSize().toBytes();
		this.bodyTimeout = limits.bodyTimeout();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/graphql".equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			refuse(request, response, "the request body is %d bytes".formatted(declared), declared);
			return;
		}
		chain.doFilter(new Bounded(request, this.maxBytes, System.nanoTime() + this.bodyTimeout.toNanos()), response);
	}

	/** Answers 413 naming the setting; the rest of the body is not read. */
	void refuse(HttpServletRequest request, HttpServletResponse response, String what, long measured)
			throws IOException {
		// the connection is closed rather than the rest of a large body read and
		// discarded
		LetGoOfRefusedBodies.closeAfterAnswering(request);
		response.setHeader("Connection", "close");
		ErrorBodies.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "BAD_REQUEST",
				"%s, over the limit of %d (%s)".formatted(what, this.maxBytes, SETTING),
				",\"limit\":\"%s\",\"max\":%d%s".formatted(SETTING, this.maxBytes,
						(measured < 0) ? "" : ",\"measured\":" + measured));
	}

	/** Answers 408 naming the setting; the connection is closed. */
	void refuseSlow(HttpServletRequest request, HttpServletResponse response) throws IOException {
		LetGoOfRefusedBodies.closeAfterAnswering(request);
		response.setHeader("Connection", "close");
		ErrorBodies.write(response, HttpServletResponse.SC_REQUEST_TIMEOUT, "BAD_REQUEST",
				"the request body was still arriving after %d s (%s)".formatted(this.bodyTimeout.toSeconds(),
						TIME_SETTING),
				",\"limit\":\"%s\"".formatted(TIME_SETTING));
	}

	/**
	 * What reading a body past its time throws; {@link UnreadableRequests} answers it.
	 */
	static final class TooSlow extends IOException {

		TooSlow() {
			super("request body still arriving after " + TIME_SETTING);
		}

	}

	/**
	 * What reading a body past the limit throws; {@link UnreadableRequests} answers it.
	 */
	static final class TooLarge extends IOException {

		TooLarge() {
			super("request body over " + SETTING);
		}

	}

	/** The request, its body cut at the limit. */
	private static final class Bounded extends HttpServletRequestWrapper {

		private final long maxBytes;

		private final long deadlineNanos;

		private @Nullable ServletInputStream body;

		Bounded(HttpServletRequest request, long maxBytes, long deadlineNanos) {
			super(request);
			this.maxBytes = maxBytes;
			this.deadlineNanos = deadlineNanos;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream counted = this.body;
			if (counted == null) {
				counted = new Counted(super.getInputStream(), this.maxBytes, this.deadlineNanos);
				this.body = counted;
			}
			return counted;
		}

	}

	private static final class Counted extends ServletInputStream {

		private final ServletInputStream in;

		private final long maxBytes;

		private final long deadlineNanos;

		private long read;

		Counted(ServletInputStream in, long maxBytes, long deadlineNanos) {
			this.in = in;
			this.maxBytes = maxBytes;
			this.deadlineNanos = deadlineNanos;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			this.read += n;
			if (this.read > this.maxBytes) {
				throw new TooLarge();
			}
			if (System.nanoTime() - this.deadlineNanos > 0 && !this.in.isFinished()) {
				throw new TooSlow();
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
