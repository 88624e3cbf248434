package org.treatygraph.system;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.treatygraph.GraphQlIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The warm-up's questions")
class PlanWarmupTests extends GraphQlIntegrationTest {

	@Test
	@DisplayName("each question is valid against the schema and answers on the seed data without an error")
	void shouldAnswerEveryWarmupQuestion() {
		List<String> questions = PlanWarmup.questions();
		assertThat(questions).hasSize(6);
		for (String question : questions) {
			this.graphQl.document(question).execute().errors().verify();
		}
	}

}
