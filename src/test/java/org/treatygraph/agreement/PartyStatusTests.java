package org.treatygraph.agreement;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where one party stands, from its own steps and those every party shares. */
@DisplayName("A party's status")
class PartyStatusTests {

	@Test
	@DisplayName("a signing reported for both sides of a bilateral plan is each side's")
	void shouldCountAStepNamingNoPartyForEveryParty() {
		assertThat(new PartyStatus(Set.of(), Set.of("SIGNED"), false, false).status()).isEqualTo("SIGNED");
		assertThat(new PartyStatus(Set.of(), Set.of(), true, false).status()).isEqualTo("SIGNED");
		assertThat(new PartyStatus(Set.of(), Set.of("ANNOUNCED"), false, false).status()).isEqualTo("ANNOUNCED");
		assertThat(new PartyStatus(Set.of(), Set.of(), false, false).status()).isEqualTo("UNKNOWN");
	}

	@Test
	@DisplayName("ratifying, accepting, acceding or succeeding binds a party alike")
	void shouldBindAPartyByAnyConsent() {
		for (String consent : AgreementAction.CONSENTS) {
			assertThat(new PartyStatus(Set.of("SIGNED", consent), Set.of(), false, true).status())
				.isEqualTo("RATIFIED");
		}
		assertThat(new PartyStatus(Set.of("SIGNED", "RESERVATION_MADE"), Set.of(), false, true).status())
			.isEqualTo("SIGNED");
	}

	@Test
	@DisplayName("a convention in force binds the states that consented, not those that only signed")
	void shouldPutInForceOnlyBoundPartiesOfAConventionRecordedPartyByParty() {
		Set<String> inForce = Set.of("ENTERED_INTO_FORCE");
		assertThat(new PartyStatus(Set.of("SIGNED", "RATIFIED"), inForce, false, true).status()).isEqualTo("IN_FORCE");
		assertThat(new PartyStatus(Set.of("SIGNED"), inForce, false, true).status()).isEqualTo("SIGNED");
		assertThat(new PartyStatus(Set.of(), Set.of("SIGNED", "ENTERED_INTO_FORCE"), false, false).status())
			.isEqualTo("IN_FORCE");
		assertThat(new PartyStatus(Set.of("ENTERED_INTO_FORCE"), Set.of(), false, true).status()).isEqualTo("IN_FORCE");
	}

	@Test
	@DisplayName("a party that withdrew has withdrawn whatever it reached; a terminated agreement ends for all")
	void shouldEndWithWithdrawalOrTermination() {
		assertThat(new PartyStatus(Set.of("RATIFIED", "WITHDRAWN"), Set.of("ENTERED_INTO_FORCE"), false, true).status())
			.isEqualTo("WITHDRAWN");
		assertThat(new PartyStatus(Set.of("RATIFIED", "WITHDRAWN"), Set.of("TERMINATED"), false, true).status())
			.isEqualTo("TERMINATED");
	}

}
