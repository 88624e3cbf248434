package org.treatygraph.agreement;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.treatygraph.date.FuzzyDateInput;
import org.treatygraph.source.CitationInput;

/** The inputs of the agreement mutations, as curators send them. */
final class AgreementInputs {

	private AgreementInputs() {
	}

	record CreateAgreementInput(@Nullable String clientMutationId, @Nullable String title, String kind,
			@Nullable String summary, @Nullable List<PartyInput> parties, @Nullable List<ActionInput> actions,
			@Nullable List<CitationInput> citations) {
	}

	/** A step recorded with the agreement, cited by the agreement's citations. */
	record ActionInput(String kind, @Nullable FuzzyDateInput date, @Nullable String eventId, @Nullable String party,
			@Nullable String text) {
	}

	record PartyInput(String actor, @Nullable String role, @Nullable List<CitationInput> citations) {
	}

	record UpdateAgreementInput(@Nullable String clientMutationId, String id, int expectedVersion,
			@Nullable String title, @Nullable String kind, @Nullable String summary,
			@Nullable List<CitationInput> citations) {
	}

	record AddPartyInput(@Nullable String clientMutationId, String agreementId, String actor, @Nullable String role,
			@Nullable List<CitationInput> citations) {
	}

	record RecordSignatureInput(@Nullable String clientMutationId, String agreementId, String signerId,
			@Nullable String post, @Nullable String onBehalfOf, @Nullable String eventId, @Nullable FuzzyDateInput date,
			@Nullable List<CitationInput> citations) {
	}

	record LinkAgreementsInput(@Nullable String clientMutationId, String agreementId, String relation, String targetId,
			@Nullable List<CitationInput> citations) {
	}

	record RecordAgreementActionInput(@Nullable String clientMutationId, String agreementId, String kind,
			@Nullable FuzzyDateInput date, @Nullable String eventId, @Nullable String party, @Nullable String text,
			@Nullable List<CitationInput> citations) {
	}

}
