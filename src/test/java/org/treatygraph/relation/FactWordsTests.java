package org.treatygraph.relation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.treatygraph.organization.MembershipKind;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per sentence a timeline or a connection can say, read as an analyst would. */
@DisplayName("Facts in words")
class FactWordsTests {

	/** The words' ingredients as {@link FactWords#projection} returns them. */
	private static Value fact(String label, Map<String, @Nullable Object> properties, String... ends) {
		Map<String, @Nullable Object> fact = new HashMap<>(properties);
		fact.put("label", label);
		fact.putIfAbsent("ended", false);
		List<List<String>> pairs = new java.util.ArrayList<>();
		for (int i = 0; i < ends.length; i += 2) {
			pairs.add(Arrays.asList(ends[i], ends[i + 1]));
		}
		fact.put("ends", pairs);
		return Values.value(fact);
	}

	@Nested
	@DisplayName("posts")
	class Posts {

		private final Value president = fact("Tenure", Map.of("post", "President of Cuba"), "HOLDER",
				"Miguel Díaz-Canel", "WITHIN", "Cuba");

		@Test
		@DisplayName("an undated post is held, not taken up, and its country is not said twice")
		void shouldSayAnUndatedPostIsHeld() {
			assertThat(FactWords.happened(this.president, "TENURE_STARTED", null))
				.isEqualTo("Miguel Díaz-Canel is President of Cuba");
		}

		@Test
		@DisplayName("a dated start is when the holder became it")
		void shouldSayADatedPostWasTakenUp() {
			assertThat(FactWords.happened(this.president, "TENURE_STARTED", "2018-04-19"))
				.isEqualTo("Miguel Díaz-Canel became President of Cuba");
		}

		@Test
		@DisplayName("a post that does not name where it is held says so, and an ended one is past")
		void shouldSayWhereAndWhen() {
			Value minister = fact("Tenure", Map.of("post", "Minister of Foreign Affairs", "ended", true), "HOLDER",
					"Sergey Lavrov", "WITHIN", "Russia");
			assertThat(FactWords.statement(minister))
				.isEqualTo("Sergey Lavrov was Minister of Foreign Affairs, Russia");
			assertThat(FactWords.happened(minister, "TENURE_ENDED", "2030"))
				.isEqualTo("Sergey Lavrov left the post of Minister of Foreign Affairs, Russia");
		}

	}

	@Nested
	@DisplayName("agreements")
	class Agreements {

		@Test
		@DisplayName("one agreement was signed; several agreements were announced")
		void shouldAgreeInNumber() {
			assertThat(FactWords.happened(fact("AgreementAction", Map.of("kind", "SIGNED"), "OF_AGREEMENT",
					"Cuba–Russia Political Consultation Plan"), "AGREEMENT_STEP", null))
				.isEqualTo("Cuba–Russia Political Consultation Plan was signed");
			assertThat(FactWords.statement(fact("AgreementAction", Map.of("kind", "ANNOUNCED"), "OF_AGREEMENT",
					"Further Cuba–Russia agreements on trade and bilateral relations")))
				.isEqualTo("Further Cuba–Russia agreements on trade and bilateral relations were announced");
			assertThat(FactWords.isPlural("Memoranda of understanding between Brazil and China")).isTrue();
			assertThat(FactWords.isPlural("Agreement on the Paris accords")).isFalse();
		}

		@Test
		@DisplayName("a party's own step is said of the party: Brazil ratified, Chile acceded to, in force for")
		void shouldSayWhoTookAStep() {
			String convention = "Convention on Ocean Science Cooperation";
			Map<String, String> expected = Map.of("RATIFIED", "Brazil ratified " + convention, "ACCEPTED",
					"Brazil accepted " + convention, "ACCEDED", "Brazil acceded to " + convention, "SUCCEEDED",
					"Brazil succeeded to " + convention, "ENTERED_INTO_FORCE",
					convention + " entered into force for Brazil", "RESERVATION_MADE",
					"Brazil made a reservation to " + convention, "DECLARATION_MADE",
					"Brazil made a declaration on " + convention, "WITHDRAWN", "Brazil withdrew from " + convention);
			expected.forEach((kind, sentence) -> assertThat(FactWords.statement(
					fact("AgreementAction", Map.of("kind", kind), "OF_AGREEMENT", convention, "BY_PARTY", "Brazil")))
				.isEqualTo(sentence));
			assertThat(
					FactWords.happened(fact("AgreementAction", Map.of("kind", "ACCEDED"), "OF_AGREEMENT", convention),
							"AGREEMENT_STEP", "2024-07-02"))
				.isEqualTo("a party acceded to " + convention);
		}

		@Test
		@DisplayName("a signature names the signer, the principal and the ceremony")
		void shouldSaySignatures() {
			assertThat(FactWords.statement(fact("Signature", Map.of(), "SIGNER", "Sergey Lavrov", "OF_AGREEMENT",
					"Cuba–Russia Political Consultation Plan", "ON_BEHALF_OF", "Russia", "AT_EVENT",
					"Signing ceremony")))
				.isEqualTo(
						"Sergey Lavrov signed Cuba–Russia Political Consultation Plan for Russia at Signing ceremony");
		}

		@Test
		@DisplayName("a party is a party to, a guarantor of or the depositary of an agreement")
		void shouldSayParties() {
			assertThat(FactWords.statement(fact("Party", Map.of("role", "PARTY"), "ACTOR", "Cuba", "OF_AGREEMENT",
					"Cuba–Russia Political Consultation Plan")))
				.isEqualTo("Cuba is a party to Cuba–Russia Political Consultation Plan");
			assertThat(FactWords.statement(fact("Party", Map.of("role", "DEPOSITARY"), "ACTOR", "United Nations",
					"OF_AGREEMENT", "Paris Agreement")))
				.isEqualTo("United Nations is the depositary of Paris Agreement");
		}

		@Test
		@DisplayName("a link says how one agreement changes another")
		void shouldSayLinks() {
			assertThat(FactWords.statement(fact("AgreementLink", Map.of("relation", "AMENDS"), "OF_AGREEMENT",
					"Kigali Amendment", "REFERS_TO", "Montreal Protocol")))
				.isEqualTo("Kigali Amendment amends Montreal Protocol");
		}

	}

	@Nested
	@DisplayName("events")
	class Events {

		@Test
		@DisplayName("an event is held in a city and at a venue")
		void shouldSayInACityAtAVenue() {
			assertThat(FactWords
				.statement(fact("Event", Map.of("name", "FIHAV 2025", "venueKind", "CITY"), "HELD_AT", "Havana")))
				.isEqualTo("FIHAV 2025 was held in Havana");
			assertThat(FactWords.statement(fact("Event", Map.of("name", "Signing ceremony", "venueKind", "VENUE"),
					"HELD_AT", "United Nations Headquarters")))
				.isEqualTo("Signing ceremony was held at United Nations Headquarters");
			assertThat(FactWords.statement(fact("Event", Map.of("name", "Talks")))).isEqualTo("Talks");
		}

		@Test
		@DisplayName("an attendance names the role when the source gives one")
		void shouldSayAttendances() {
			assertThat(FactWords.statement(fact("Attendance", Map.of("role", "guest of honour"), "ATTENDEE",
					"Sergey Ryabkov", "AT_EVENT", "FIHAV 2025")))
				.isEqualTo("Sergey Ryabkov attended FIHAV 2025 as guest of honour");
		}

	}

	@Nested
	@DisplayName("memberships")
	class Memberships {

		@Test
		@DisplayName("a member joined and left; a partner country became one and ceased to be one")
		void shouldSayMembershipsByKind() {
			Value member = fact("Membership", Map.of("kind", "FULL_MEMBER"), "MEMBER", "Cuba", "OF_ORGANIZATION",
					"New Development Bank");
			Value partner = fact("Membership", Map.of("kind", "PARTNER_COUNTRY"), "MEMBER", "Cuba", "OF_ORGANIZATION",
					"BRICS");
			assertThat(FactWords.happened(member, "MEMBERSHIP_STARTED", "2025"))
				.isEqualTo("Cuba joined New Development Bank");
			assertThat(FactWords.happened(member, "MEMBERSHIP_ENDED", "2030"))
				.isEqualTo("Cuba left New Development Bank");
			assertThat(FactWords.happened(partner, "MEMBERSHIP_STARTED", "2025-01-01"))
				.isEqualTo("Cuba became a partner country of BRICS");
			assertThat(FactWords.happened(partner, "MEMBERSHIP_ENDED", "2030"))
				.isEqualTo("Cuba ceased to be a partner country of BRICS");
			assertThat(FactWords.statement(partner)).isEqualTo("Cuba is a partner country of BRICS");
		}

		@Test
		@DisplayName("every kind of membership has its words")
		void shouldHaveWordsForEveryKind() {
			for (MembershipKind kind : MembershipKind.values()) {
				String words = FactWords.membershipRole(kind.name());
				assertThat(words).as(kind.name()).matches("an? [a-z ]+");
				if (kind != MembershipKind.FULL_MEMBER) {
					assertThat(words).as(kind.name()).isNotEqualTo("a member");
				}
			}
		}

	}

}
