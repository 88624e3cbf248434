package org.treatygraph.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * Latencies of one query by one path (GraphQL or raw Cypher), with what a request cost.
 *
 * @param latenciesNanos one client's requests, one after another
 * @param throughputOne requests per second with one client
 * @param throughputMany requests per second with {@code clients} clients at once
 * @param statementsPerRequest Cypher statements the service ran per request (the raw path
 * runs one by construction)
 * @param bytesPerResponse mean size of a response body
 * @param errors requests that failed or answered with errors
 */
record Measurement(long[] latenciesNanos, double throughputOne, int clients, double throughputMany,
		double statementsPerRequest, double bytesPerResponse, long errors) {

	static Measurement of(List<Long> latencies, double throughputOne, int clients, double throughputMany,
			double statementsPerRequest, double bytesPerResponse, long errors) {
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		return new Measurement(sorted, throughputOne, clients, throughputMany, statementsPerRequest, bytesPerResponse,
				errors);
	}

	double p50() {
		return percentile(0.50);
	}

	double p95() {
		return percentile(0.95);
	}

	double p99() {
		return percentile(0.99);
	}

	/** Milliseconds, nearest rank. */
	private double percentile(double fraction) {
		if (this.latenciesNanos.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(fraction * this.latenciesNanos.length) - 1;
		return this.latenciesNanos[Math.clamp(rank, 0, this.latenciesNanos.length - 1)] / 1e6;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Measurement measurement
				&& Arrays.equals(this.latenciesNanos, measurement.latenciesNanos);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.latenciesNanos);
	}

	@Override
	public String toString() {
		return "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms".formatted(p50(), p95(), p99());
	}

}
