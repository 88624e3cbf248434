package org.treatygraph.merge;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.history.MutationReceipts;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** {@code merge}: two records of one person or organisation become one. */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class MergeController {

	private final Merges merges;

	private final MutationReceipts receipts;

	MergeController(Merges merges, MutationReceipts receipts) {
		this.merges = merges;
		this.receipts = receipts;
	}

	@MutationMapping
	MergePayload merge(@Argument MergeInput input) {
		return new MergePayload(input.clientMutationId(),
				this.receipts.once(input.clientMutationId(), "merge", () -> this.merges.merge(input.survivorId(),
						input.duplicateId(), input.reason(), input.clientMutationId())));
	}

	@SchemaMapping(typeName = "MergePayload", field = "survivor")
	CompletableFuture<@Nullable Object> survivor(MergePayload payload, DataLoader<GlobalId, Object> nodes) {
		return NodeLoader.load(nodes, payload.survivorId());
	}

	record MergeInput(@Nullable String clientMutationId, String survivorId, String duplicateId,
			@Nullable String reason) {
	}

	record MergePayload(@Nullable String clientMutationId, GlobalId survivorId) {
	}

}
