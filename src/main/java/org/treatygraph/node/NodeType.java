package org.treatygraph.node;

import java.util.Arrays;
import java.util.Optional;

/**
 * The graph's node labels that the API hands out as {@code Node}s. Labels reach Cypher
 * only from this list, never from what a client sends.
 */
public enum NodeType {

	COUNTRY("Country"), PERSON("Person"), ORGANIZATION("Organization"), PLACE("Place"), AGREEMENT("Agreement"),
	PARTY("Party"), AGREEMENT_LINK("AgreementLink"), SIGNATURE("Signature"), AGREEMENT_ACTION("AgreementAction"),
	EVENT("Event"), ATTENDANCE("Attendance"), MEMBERSHIP("Membership"), TENURE("Tenure"), SOURCE("Source"),
	CITATION("Citation"), CLAIM("Claim"), PROPOSAL("Proposal");

	private final String label;

	NodeType(String label) {
		this.label = label;
	}

	/** The Neo4j label and, identically, the GraphQL type name. */
	public String label() {
		return this.label;
	}

	/** The type name with its article, as a message reads it: "an Organization". */
	public String withArticle() {
		return ("AEIOU".indexOf(this.label.charAt(0)) >= 0 ? "an " : "a ") + this.label;
	}

	public static Optional<NodeType> fromLabel(String label) {
		return Arrays.stream(values()).filter(type -> type.label.equals(label)).findFirst();
	}

}
