package org.treatygraph.event;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.event.EventCuration.CreateEventInput;
import org.treatygraph.event.EventCuration.RecordAttendanceInput;
import org.treatygraph.history.MutationReceipts;
import org.treatygraph.history.RecordedMerges;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeReference;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Curators add events and who attended them. */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class EventMutationController {

	private final EventCuration curation;

	private final MutationReceipts receipts;

	EventMutationController(EventCuration curation, MutationReceipts receipts) {
		this.curation = curation;
		this.receipts = receipts;
	}

	@MutationMapping
	CreatedPayload createEvent(@Argument CreateEventInput input) {
		RecordedMerges.Created event = this.receipts.onceCreated(input.clientMutationId(), "createEvent",
				() -> this.curation.createEvent(input));
		return new CreatedPayload(input.clientMutationId(), event.node(), event.created());
	}

	@MutationMapping
	CreatedPayload recordAttendance(@Argument RecordAttendanceInput input) {
		return new CreatedPayload(input.clientMutationId(), this.receipts.once(input.clientMutationId(),
				"recordAttendance", () -> this.curation.recordAttendance(input)), true);
	}

	@SchemaMapping(typeName = "EventPayload", field = "event")
	CompletableFuture<@Nullable Object> event(CreatedPayload payload, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, NodeReference.of(payload.nodeId()), selection);
	}

	@SchemaMapping(typeName = "AttendancePayload", field = "attendance")
	CompletableFuture<@Nullable Object> attendance(CreatedPayload payload, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, NodeReference.of(payload.nodeId()), selection);
	}

	/**
	 * What these mutations return; {@code created} is false when an identical event
	 * existed.
	 */
	record CreatedPayload(@Nullable String clientMutationId, GlobalId nodeId, boolean created) {
	}

}
