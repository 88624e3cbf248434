package org.treatygraph.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.treatygraph.exchange.GraphImport;
import org.treatygraph.exchange.GraphImport.RecordKind;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLookup;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.InvalidArgumentException;
import org.treatygraph.system.Text;
import org.treatygraph.system.TurnHeld;
import org.treatygraph.system.security.Caller;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals from an article: read from a registered source's text, kept per source, and
 * accepted or rejected by a curator. Accepting one records it through the very mutation a
 * curator would call, citing the sentence that states it, and first accepts the proposals
 * it refers to (a new person before their signature), all in the curator's one
 * transaction; an entity proposed twice is created once, since the mutations find what
 * exists.
 */
@Component
class Proposals {

	static final int MAX_REASON = 500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ProposalRepository repository;

	private final GraphImport mutations;

	private final NodeLookup nodes;

	Proposals(ProposalRepository repository, GraphImport mutations, NodeLookup nodes) {
		this.repository = repository;
		this.mutations = mutations;
		this.nodes = nodes;
	}

	/** What the reader finds in a text, without keeping it. */
	List<Candidate> read(String text, @Nullable LocalDate published) {
		return new ArticleReader(this.repository.gazetteer()).read(text, published);
	}

	/**
	 * Reads the source again and keeps what it proposes, instead of its pending
	 * proposals.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Proposal> propose(String sourceId) {
		String sourceKey = this.nodes.existing(sourceId, NodeType.SOURCE, "input.sourceId");
		Map<String, Object> source = this.repository.source(sourceKey);
		if (source == null || source.get("text") == null) {
			throw new InvalidArgumentException("input.sourceId",
					"the source has no text to read; register it again with its text");
		}
		List<Candidate> candidates = read((String) source.get("text"), publication(source.get("published")));
		List<Map<String, Object>> stored = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Candidate candidate = candidates.get(i);
			stored.add(Map.of("id", "prop-" + UUID.randomUUID(), "localId", candidate.localId(), "ordinal", i, "record",
					candidate.record(), "input", JSON.writeValueAsString(candidate.input()), "sentence",
					candidate.sentence(), "summary", candidate.summary()));
		}
		this.repository.replacePending(sourceKey, stored, Caller.current().name());
		return this.repository.ofSource(sourceKey, "PENDING");
	}

	List<Proposal> ofSource(String sourceId, @Nullable String status) {
		return this.repository.ofSource(GlobalId.require(sourceId, NodeType.SOURCE, "sourceId"), status);
	}

	/**
	 * Records the proposal, with the curator's corrected input when given, and the
	 * proposals it refers to first.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Proposal accept(String proposalId, @Nullable String correctedInput) {
		Proposal proposal = pending(proposalId);
		ObjectNode input = (ObjectNode) parse(correctedInput == null ? proposal.input() : correctedInput);
		List<Proposal> siblings = this.repository.ofSource(proposal.sourceKey(), null);
		String result = record(proposal, input, siblings, new ArrayList<>());
		this.repository.decide(proposal.key(), "ACCEPTED", result, null,
				correctedInput == null ? null : input.toString(), Caller.current().name());
		return this.repository.ofSource(proposal.sourceKey(), null)
			.stream()
			.filter(one -> one.key().equals(proposal.key()))
			.findFirst()
			.orElseThrow();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Proposal reject(String proposalId, @Nullable String reason) {
		Proposal proposal = pending(proposalId);
		this.repository.decide(proposal.key(), "REJECTED", null, Text.optional(reason, "input.reason", MAX_REASON),
				null, Caller.current().name());
		return this.repository.ofSource(proposal.sourceKey(), "REJECTED")
			.stream()
			.filter(one -> one.key().equals(proposal.key()))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Records one proposal, after those it refers to; the global id of what it recorded.
	 */
	private String record(Proposal proposal, ObjectNode input, List<Proposal> siblings, List<String> path) {
		if (path.contains(proposal.localId())) {
			throw new InvalidArgumentException("input.proposalId", "the proposals refer to each other in a ring");
		}
		path.add(proposal.localId());
		resolve(input, siblings, path);
		RecordKind kind = RecordKind.named(proposal.record());
		if (kind == null) {
			throw new IllegalStateException("Unknown proposal record " + proposal.record());
		}
		// people and organisations are entities, whose inputs take no citations
		if (input.has("citations")
				|| !(kind.mutation().equals("createPerson") || kind.mutation().equals("createOrganization"))) {
			input.putArray("citations")
				.addObject()
				.put("sourceId", GlobalId.encode(NodeType.SOURCE, proposal.sourceKey()))
				.put("quote", proposal.sentence());
		}
		GraphImport.Executed executed = TurnHeld.run(() -> this.mutations.execute(kind, input));
		if (!executed.errors().isEmpty() && !executed.alreadyRecorded()) {
			throw new InvalidArgumentException("input.proposalId", "%s (%s) was refused: %s"
				.formatted(proposal.summary(), proposal.localId(), String.join("; ", executed.errors())));
		}
		String made = executed.madeId(kind);
		if (made != null && !proposal.status().equals("ACCEPTED")) {
			this.repository.decide(proposal.key(), "ACCEPTED", made, null, null, Caller.current().name());
		}
		return made;
	}

	/** Replaces references to other proposals ({@code @2}) by what they recorded. */
	private void resolve(JsonNode node, List<Proposal> siblings, List<String> path) {
		if (node instanceof ObjectNode object) {
			for (String field : new ArrayList<>(object.propertyNames())) {
				JsonNode value = object.get(field);
				if (value.isString() && value.asString().startsWith("@")) {
					object.put(field, recorded(value.asString(), siblings, path));
				}
				else {
					resolve(value, siblings, path);
				}
			}
		}
		else if (node != null && node.isArray()) {
			node.forEach(item -> resolve(item, siblings, path));
		}
	}

	private String recorded(String localId, List<Proposal> siblings, List<String> path) {
		Proposal needed = siblings.stream()
			.filter(sibling -> sibling.localId().equals(localId))
			.findFirst()
			.orElseThrow(() -> new InvalidArgumentException("input.correctedInput",
					"'%s' names no proposal of this source".formatted(localId)));
		if (needed.status().equals("ACCEPTED") && needed.resultId() != null) {
			return needed.resultId();
		}
		if (needed.status().equals("REJECTED")) {
			throw new InvalidArgumentException("input.proposalId",
					"it needs %s (%s), which a curator rejected; correct the input to name another"
						.formatted(needed.summary(), localId));
		}
		return record(needed, (ObjectNode) parse(needed.input()), siblings, new ArrayList<>(path));
	}

	private Proposal pending(String proposalId) {
		String key = this.nodes.existing(proposalId, NodeType.PROPOSAL, "input.proposalId");
		Proposal proposal = this.repository.fetchOne(key);
		if (!proposal.status().equals("PENDING")) {
			throw new InvalidArgumentException("input.proposalId",
					"was %s already".formatted(proposal.status().toLowerCase(java.util.Locale.ROOT)));
		}
		return proposal;
	}

	private static JsonNode parse(String json) {
		try {
			JsonNode parsed = JSON.readTree(json);
			if (!parsed.isObject()) {
				throw new InvalidArgumentException("input.correctedInput", "must be a JSON object");
			}
			return parsed;
		}
		catch (JacksonException ex) {
			throw new InvalidArgumentException("input.correctedInput", "is not JSON: " + ex.getOriginalMessage());
		}
	}

	/** A publication date as stored; only a full day resolves "yesterday". */
	private static @Nullable LocalDate publication(@Nullable Object stored) {
		if (stored instanceof String value && value.length() == 10) {
			return LocalDate.parse(value);
		}
		return null;
	}

}
