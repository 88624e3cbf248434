package org.treatygraph.proposal;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.Values;

/**
 * A fact an article seems to state, kept for a curator to accept or reject.
 *
 * @param localId how the other proposals of the same reading refer to it, such as
 * {@code @1}
 * @param record the mutation that records it
 * @param input the mutation's input as JSON, references to other proposals as their
 * {@code localId}
 * @param resultId once accepted, the global id of the fact or entity it recorded
 */
public record Proposal(String key, String sourceKey, String localId, int ordinal, String record, String input,
		String sentence, String summary, String status, @Nullable String resultId, @Nullable String reason) {

	static Proposal from(Value node) {
		return new Proposal(Values.string(node, "id"), Values.string(node, "sourceKey"), Values.string(node, "localId"),
				node.get("ordinal").asInt(), Values.string(node, "record"), Values.string(node, "input"),
				Values.string(node, "sentence"), Values.string(node, "summary"), Values.string(node, "status"),
				Values.optionalString(node, "resultId"), Values.optionalString(node, "reason"));
	}

	public String id() {
		return GlobalId.encode(NodeType.PROPOSAL, this.key);
	}

}
