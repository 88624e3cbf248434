package org.treatygraph.agreement;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The {@code AgreementFilter} input as the client sent it. */
record AgreementFilter(@Nullable List<String> involving, @Nullable List<String> kinds, @Nullable List<String> statuses,
		@Nullable String from, @Nullable String to, @Nullable List<String> signers,
		@Nullable List<String> venueCountries, @Nullable String text, @Nullable List<PartyStepFilter> steps,
		@Nullable Boolean includeRetracted) {

	static final AgreementFilter NONE = new AgreementFilter(null, null, null, null, null, null, null, null, null, null);

	/** Agreements where one party took one of these steps. */
	record PartyStepFilter(String party, List<String> kinds) {
	}

}
