package org.treatygraph.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DisplayName("Queries take turns")
class QueryTurnsTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	/** Three at once, one of them heavy; a query waits at most 100 ms for its turn. */
	private final QueryTurns gate = new QueryTurns(3, 1_000_000, 1, Duration.ofMillis(100),
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
	@DisplayName("a heavy query running holds back only other heavy ones: cheaper queries still take the other turns")
	void shouldLetCheapQueriesPassAHeavyOne() {
		InstrumentationContext<ExecutionResult> heavy = this.gate.enter(2_000_000);
		InstrumentationContext<ExecutionResult> cheap = this.gate.enter(1_000_000);
		InstrumentationContext<ExecutionResult> another = this.gate.enter(10);
		heavy.onCompleted(null, null);
		cheap.onCompleted(null, null);
		another.onCompleted(null, null);
	}

	@Test
	@DisplayName("with every turn taken, the next query waits in line and, past the wait, is refused as OVERLOADED")
	void shouldRefuseAQueryThatWaitedTooLong() {
		List<InstrumentationContext<ExecutionResult>> running = takeEveryTurn();
		assertThatExceptionOfType(AbortExecutionException.class).isThrownBy(() -> this.gate.enter(10))
			.satisfies((refused) -> assertThat(refused.getUnderlyingErrors()).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("OVERLOADED");
				assertThat(error.getMessage()).contains("treatygraph.limits.max-concurrent-queries");
			}));
		running.forEach((query) -> query.onCompleted(null, null));
	}

	@Test
	@DisplayName("a query in line gets the turn the moment one is given back")
	void shouldGiveTheNextInLineTheTurnGivenBack() throws Exception {
		QueryTurns patient = new QueryTurns(1, 1_000_000, 1, Duration.ofSeconds(30), new ServiceMetrics(this.registry));
		InstrumentationContext<ExecutionResult> running = patient.enter(10);
		CompletableFuture<InstrumentationContext<ExecutionResult>> waiting = CompletableFuture
			.supplyAsync(() -> patient.enter(10));
		assertThat(waiting).isNotDone();
		running.onCompleted(null, null);
		waiting.get(10, TimeUnit.SECONDS).onCompleted(null, null);
	}

	@Test
	@DisplayName("a heavy query that waited for its heavy turn but found no other turn gives the heavy turn back")
	void shouldGiveTheHeavyTurnBackWhenNoOtherTurnCame() {
		List<InstrumentationContext<ExecutionResult>> running = takeEveryTurn();
		assertThatExceptionOfType(AbortExecutionException.class).isThrownBy(() -> this.gate.enter(2_000_000));
		running.forEach((query) -> query.onCompleted(null, null));
		this.gate.enter(2_000_000).onCompleted(null, null);
	}

	@Test
	@DisplayName("a heavy query that fails still gives its turn back")
	void shouldGiveTheTurnBackOnFailure() {
		this.gate.enter(2_000_000).onCompleted(null, new IllegalStateException("failed"));
		this.gate.enter(2_000_000).onCompleted(null, null);
	}

	/** Three cheap queries running: every turn of the gate taken. */
	private List<InstrumentationContext<ExecutionResult>> takeEveryTurn() {
		List<InstrumentationContext<ExecutionResult>> running = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			running.add(this.gate.enter(10));
		}
		return running;
	}

}
