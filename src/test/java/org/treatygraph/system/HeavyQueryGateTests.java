package org.treatygraph.system;

import java.time.Duration;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DisplayName("Heavy queries take turns")
class HeavyQueryGateTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final HeavyQueryGate gate = new HeavyQueryGate(1_000_000, 1, Duration.ofMillis(100),
			new ServiceMetrics(this.registry));

	@Test
	@DisplayName("while one heavy query runs, the next waits and, past the wait, is refused as OVERLOADED")
	void shouldRefuseASecondHeavyQueryPastTheWait() {
		InstrumentationContext<ExecutionResult> first = this.gate.enter(36_786_141);
		assertThatExceptionOfType(AbortExecutionException.class).isThrownBy(() -> this.gate.enter(2_530_301))
			.satisfies((refused) -> {
				assertThat(refused.getUnderlyingErrors()).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType()).hasToString("OVERLOADED");
					assertThat(error.getMessage()).contains("2530301").contains("treatygraph.limits.max-heavy-queries");
				});
			});
		assertThat(this.registry.get("treatygraph.refused")
			.tag("limit", "treatygraph.limits.max-heavy-queries")
			.counter()
			.count()).isEqualTo(1);
		first.onCompleted(null, null);
		this.gate.enter(2_530_301).onCompleted(null, null);
	}

	@Test
	@DisplayName("queries under the heavy cost never wait, however many run")
	void shouldNeverHoldBackACheapQuery() {
		InstrumentationContext<ExecutionResult> heavy = this.gate.enter(2_000_000);
		for (int i = 0; i < 10; i++) {
			this.gate.enter(1_000_000);
		}
		heavy.onCompleted(null, null);
	}

	@Test
	@DisplayName("a heavy query that fails still gives its turn back")
	void shouldGiveTheTurnBackOnFailure() {
		this.gate.enter(2_000_000).onCompleted(null, new IllegalStateException("failed"));
		this.gate.enter(2_000_000).onCompleted(null, null);
	}

}
