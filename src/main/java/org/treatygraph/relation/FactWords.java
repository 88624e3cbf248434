package org.treatygraph.relation;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * Puts a fact into words from its properties and the names of the nodes it joins, so an
 * analyst reads "Sergey Lavrov signed Political Consultation Plan for Russia" rather than
 * a list of ids.
 */
public final class FactWords {

	/**
	 * Cypher for the words' ingredients of the fact bound to {@code fact}: its label, a
	 * few properties and the names of the nodes it points to, by relationship type.
	 */
	static String projection(String fact) {
		return "{label: [l IN labels(" + fact + ") WHERE l <> 'Retracted'][0], kind: " + fact + ".kind," + " role: "
				+ fact + ".role, post: " + fact + ".post, relation: " + fact + ".relation," + " name: coalesce(" + fact
				+ ".name, " + fact + ".title), ended: " + fact + ".end IS NOT NULL," + " dispute: " + fact
				+ ".dispute, venueKind: [(" + fact + ")-[:HELD_AT]->(venue:Place) | venue.kind][0]," + " ends: [("
				+ fact + ")-[r:" + ENDS + "]->(end) | [type(r), coalesce(end.name, end.title)]]}";
	}

	/** The relationships a fact points along to the nodes its words name. */
	private static final String ENDS = "OF_AGREEMENT|SIGNER|ON_BEHALF_OF|AT_EVENT|HELD_AT|MEMBER|OF_ORGANIZATION|HOLDER"
			+ "|WITHIN|ACTOR|ATTENDEE|REFERS_TO|BY_PARTY";

	/** How a member belongs, by membership kind, as a sentence needs it. */
	private static final Map<String, String> MEMBERSHIP_ROLES = Map.of("FULL_MEMBER", "a member", "PARTNER_COUNTRY",
			"a partner country", "OBSERVER", "an observer", "ASSOCIATE_MEMBER", "an associate member",
			"DIALOGUE_PARTNER", "a dialogue partner", "CANDIDATE", "a candidate for membership");

	private FactWords() {
	}

	/**
	 * A kind of membership in words, such as "a partner country" for
	 * {@code PARTNER_COUNTRY}; "a member" for a kind not known.
	 */
	public static String membershipRole(@Nullable String kind) {
		return MEMBERSHIP_ROLES.getOrDefault((kind != null) ? kind : "FULL_MEMBER", "a member");
	}

	/**
	 * Head nouns of agreement titles that make the title plural: "Further cooperation
	 * agreements were announced".
	 */
	private static final Set<String> PLURAL_HEADS = Set.of("agreements", "accords", "arrangements", "conventions",
			"deals", "declarations", "documents", "instruments", "memoranda", "memorandums", "protocols", "treaties",
			"understandings");

	/** Words after which a title's head noun has been said: "Agreements on trade". */
	private static final Pattern AFTER_HEAD = Pattern
		.compile("\\s+(on|of|between|for|in|to|with|concerning|regarding)\\s+.*$", Pattern.CASE_INSENSITIVE);

	/**
	 * The fact as a timeline shows it: what happened on the entry's date. A post the
	 * source does not date the start of reads as held ("is President of Cuba"), never as
	 * taken up; a membership reads as joined, since a source records one when it begins.
	 */
	static String happened(Value fact, String entryKind, @Nullable String date) {
		String happened = happenedOn(fact, entryKind, date);
		// while no claim is preferred, the date shown is only the first source's
		return "OPEN".equals(string(fact, "dispute")) ? happened + " (sources give different dates)" : happened;
	}

	private static String happenedOn(Value fact, String entryKind, @Nullable String date) {
		Map<String, String> ends = ends(fact);
		if (date == null && entryKind.equals("TENURE_STARTED")) {
			return statement(fact);
		}
		return switch (entryKind) {
			case "AGREEMENT_STEP" -> step(fact.get("kind").asString(), ends);
			case "MEMBERSHIP_STARTED" -> ends.get("MEMBER")
					+ (isFullMember(fact) ? " joined " : " became " + membershipRole(string(fact, "kind")) + " of ")
					+ ends.get("OF_ORGANIZATION");
			case "MEMBERSHIP_ENDED" -> ends.get("MEMBER")
					+ (isFullMember(fact) ? " left " : " ceased to be " + membershipRole(string(fact, "kind")) + " of ")
					+ ends.get("OF_ORGANIZATION");
			case "TENURE_STARTED" -> ends.get("HOLDER") + " became " + post(fact, ends);
			case "TENURE_ENDED" -> ends.get("HOLDER") + " left the post of " + post(fact, ends);
			default -> statement(fact);
		};
	}

	/** The fact as a standing statement, for a step of a connection path. */
	static String statement(Value fact) {
		Map<String, String> ends = ends(fact);
		String label = fact.get("label").asString();
		boolean ended = fact.get("ended").asBoolean(false);
		return switch (label) {
			case "Signature" -> ends.get("SIGNER") + " signed " + ends.get("OF_AGREEMENT")
					+ optional(" for ", ends.get("ON_BEHALF_OF")) + optional(" at ", ends.get("AT_EVENT"));
			case "Party" -> ends.get("ACTOR") + " is " + partyRole(fact.get("role").asString("PARTY")) + " "
					+ ends.get("OF_AGREEMENT");
			case "Attendance" ->
				ends.get("ATTENDEE") + " attended " + ends.get("AT_EVENT") + optional(" as ", string(fact, "role"));
			case "Membership" -> ends.get("MEMBER") + (ended ? " was " : " is ") + membershipRole(string(fact, "kind"))
					+ " of " + ends.get("OF_ORGANIZATION");
			case "Tenure" -> ends.get("HOLDER") + (ended ? " was " : " is ") + post(fact, ends);
			case "AgreementLink" -> ends.get("OF_AGREEMENT") + " "
					+ fact.get("relation").asString().toLowerCase(Locale.ROOT) + " " + ends.get("REFERS_TO");
			case "Event" -> fact.get("name").asString() + optional(
					"VENUE".equals(string(fact, "venueKind")) ? " was held at " : " was held in ", ends.get("HELD_AT"));
			case "AgreementAction" -> step(fact.get("kind").asString(), ends);
			default -> fact.get("name").asString(label);
		};
	}

	/** A relationship between two nodes that is not a reified fact, in words. */
	static String relationship(String type, String start, String end) {
		return switch (type) {
			case "BASED_IN" -> start + " is based in " + end;
			case "PART_OF" -> start + " is part of " + end;
			case "LOCATED_IN" -> start + " lies in " + end;
			case "HELD_AT" -> start + " was held at " + end;
			case "ORGANIZED_BY" -> start + " was organised by " + end;
			case "CONCERNS", "CONCERNS_ORGANIZATION" -> start + " concerned " + end;
			default -> start + " " + type.toLowerCase(Locale.ROOT).replace('_', ' ') + " " + end;
		};
	}

	private static boolean isFullMember(Value fact) {
		String kind = string(fact, "kind");
		return kind == null || kind.equals("FULL_MEMBER");
	}

	private static Map<String, String> ends(Value fact) {
		Map<String, String> ends = new java.util.HashMap<>();
		fact.get("ends").asList(end -> end).forEach(end -> ends.put(end.get(0).asString(), end.get(1).asString("?")));
		return ends;
	}

	/** The post, and where it is held unless the post already says so. */
	private static String post(Value fact, Map<String, String> ends) {
		String post = string(fact, "post");
		String within = ends.get("WITHIN");
		if (post == null) {
			return "a post" + optional(" in ", within);
		}
		boolean said = within != null && post.toLowerCase(Locale.ROOT).contains(within.toLowerCase(Locale.ROOT));
		return post + (said ? "" : optional(", ", within));
	}

	/**
	 * A step, said of the party that took it when the source names one: "Brazil ratified
	 * the Convention", else of the agreement: "the Convention was ratified".
	 */
	private static String step(String kind, Map<String, String> ends) {
		String agreement = ends.get("OF_AGREEMENT");
		String party = ends.get("BY_PARTY");
		if (party != null) {
			return switch (kind) {
				case "ANNOUNCED" -> party + " announced " + agreement;
				case "CONCLUDED" -> party + " concluded " + agreement;
				case "SIGNED" -> party + " signed " + agreement;
				case "RATIFIED" -> party + " ratified " + agreement;
				case "ACCEPTED" -> party + " accepted " + agreement;
				case "ACCEDED" -> party + " acceded to " + agreement;
				case "SUCCEEDED" -> party + " succeeded to " + agreement;
				case "ENTERED_INTO_FORCE" -> agreement + " entered into force for " + party;
				case "RESERVATION_MADE" -> party + " made a reservation to " + agreement;
				case "DECLARATION_MADE" -> party + " made a declaration on " + agreement;
				case "WITHDRAWN" -> party + " withdrew from " + agreement;
				case "TERMINATED" -> party + " terminated " + agreement;
				default -> party + " " + kind.toLowerCase(Locale.ROOT).replace('_', ' ') + " " + agreement;
			};
		}
		boolean plural = isPlural(agreement);
		String was = plural ? "were" : "was";
		return switch (kind) {
			case "ANNOUNCED" -> agreement + " " + was + " announced";
			case "CONCLUDED" -> agreement + " " + was + " concluded";
			case "SIGNED" -> agreement + " " + was + " signed";
			case "RATIFIED" -> agreement + " " + was + " ratified";
			case "ACCEPTED" -> agreement + " " + was + " accepted";
			case "ACCEDED" -> "a party acceded to " + agreement;
			case "SUCCEEDED" -> "a party succeeded to " + agreement;
			case "ENTERED_INTO_FORCE" -> agreement + " entered into force";
			case "RESERVATION_MADE" -> "a reservation was made to " + agreement;
			case "DECLARATION_MADE" -> "a declaration was made on " + agreement;
			case "WITHDRAWN" -> agreement + (plural ? " saw parties withdraw" : " saw a party withdraw");
			case "TERMINATED" -> agreement + " " + was + " terminated";
			default -> agreement + " " + kind.toLowerCase(Locale.ROOT).replace('_', ' ');
		};
	}

	/** Whether an agreement's title names several: its head noun is a known plural. */
	static boolean isPlural(@Nullable String title) {
		if (title == null) {
			return false;
		}
		String head = AFTER_HEAD.matcher(title.strip()).replaceFirst("");
		String[] words = head.split("\\s+");
		String last = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		return PLURAL_HEADS.contains(last);
	}

	private static String partyRole(String role) {
		return switch (role) {
			case "GUARANTOR" -> "a guarantor of";
			case "OBSERVER" -> "an observer of";
			case "DEPOSITARY" -> "the depositary of";
			default -> "a party to";
		};
	}

	private static @Nullable String string(Value map, String key) {
		Value value = map.get(key);
		return value.isNull() ? null : value.asString();
	}

	private static String optional(String prefix, @Nullable String text) {
		return text == null ? "" : prefix + text;
	}

}
