package org.treatygraph.proposal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.history.MutationReceipts;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeType;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Proposals read from articles, and curators deciding on them. */
@Controller
class ProposalController {

	private final Proposals proposals;

	private final MutationReceipts receipts;

	ProposalController(Proposals proposals, MutationReceipts receipts) {
		this.proposals = proposals;
		this.receipts = receipts;
	}

	@QueryMapping
	List<Proposal> proposals(@Argument String sourceId, @Argument @Nullable String status) {
		return this.proposals.ofSource(sourceId, status);
	}

	@MutationMapping
	@PreAuthorize("hasRole('CURATOR')")
	ProposeFactsPayload proposeFacts(@Argument ProposeFactsInput input) {
		GlobalId source = this.receipts.once(input.clientMutationId(), "proposeFacts", () -> {
			this.proposals.propose(input.sourceId());
			return new GlobalId(NodeType.SOURCE, GlobalId.require(input.sourceId(), NodeType.SOURCE, "input.sourceId"));
		});
		return new ProposeFactsPayload(input.clientMutationId(), this.proposals.ofSource(source.id(), "PENDING"));
	}

	@MutationMapping
	@PreAuthorize("hasRole('CURATOR')")
	ProposalPayload acceptProposal(@Argument AcceptProposalInput input) {
		return new ProposalPayload(input.clientMutationId(),
				this.receipts.once(input.clientMutationId(), "acceptProposal", () -> new GlobalId(NodeType.PROPOSAL,
						this.proposals.accept(input.proposalId(), input.correctedInput()).key())));
	}

	@MutationMapping
	@PreAuthorize("hasRole('CURATOR')")
	ProposalPayload rejectProposal(@Argument RejectProposalInput input) {
		return new ProposalPayload(input.clientMutationId(),
				this.receipts.once(input.clientMutationId(), "rejectProposal", () -> new GlobalId(NodeType.PROPOSAL,
						this.proposals.reject(input.proposalId(), input.reason()).key())));
	}

	@SchemaMapping(typeName = "ProposalPayload", field = "proposal")
	CompletableFuture<@Nullable Object> proposal(ProposalPayload payload, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, payload.proposalId());
	}

	@SchemaMapping(typeName = "Proposal", field = "result")
	CompletableFuture<@Nullable Object> result(Proposal proposal, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes,
				proposal.resultId() == null ? null : GlobalId.decode(proposal.resultId()).orElse(null));
	}

	record ProposeFactsInput(@Nullable String clientMutationId, String sourceId) {
	}

	record ProposeFactsPayload(@Nullable String clientMutationId, List<Proposal> proposals) {
	}

	record AcceptProposalInput(@Nullable String clientMutationId, String proposalId, @Nullable String correctedInput) {
	}

	record RejectProposalInput(@Nullable String clientMutationId, String proposalId, @Nullable String reason) {
	}

	record ProposalPayload(@Nullable String clientMutationId, GlobalId proposalId) {
	}

}
