package org.treatygraph.organization;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeType;
import org.treatygraph.relation.Relations;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.InvalidArgumentException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Shared memberships of a relation, and the dashboards' membership counts. */
@Controller
class MembershipStatisticsController {

	private static final Set<NodeType> MEMBERS = Set.of(NodeType.COUNTRY, NodeType.ORGANIZATION);

	private static final int MAX_TOP = 100;

	private static final int DEFAULT_TOP = 10;

	private final MembershipStatistics statistics;

	MembershipStatisticsController(MembershipStatistics statistics) {
		this.statistics = statistics;
	}

	@SchemaMapping(typeName = "Relations", field = "sharedMemberships")
	List<SharedMembership> sharedMemberships(Relations relations, @Argument @Nullable List<MembershipKind> kinds) {
		List<GlobalId> members = relations.between().stream().filter(id -> MEMBERS.contains(id.type())).toList();
		return members.size() < 2 ? List.of() : this.statistics.shared(members, kindsOrMembers(kinds));
	}

	@QueryMapping
	List<MembershipTally> membershipCounts(@Argument @Nullable Boolean current,
			@Argument @Nullable List<MembershipKind> kinds, @Argument @Nullable Integer first,
			@Argument @Nullable String asOf, DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		int top = first == null ? DEFAULT_TOP : first;
		if (top < 1 || top > MAX_TOP) {
			throw new InvalidArgumentException("first", "must be between 1 and %d, was %d".formatted(MAX_TOP, top));
		}
		return this.statistics.counts(current == null || current, kindsOrMembers(kinds), top);
	}

	@SchemaMapping(typeName = "SharedMembership", field = "organization")
	CompletableFuture<@Nullable Object> organization(SharedMembership shared, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, shared.organization(), selection);
	}

	@SchemaMapping(typeName = "MembershipTally", field = "organization")
	CompletableFuture<@Nullable Object> organization(MembershipTally tally, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, tally.organization(), selection);
	}

	/** Full members unless the analyst names other kinds; a partner is not a member. */
	private static Set<MembershipKind> kindsOrMembers(@Nullable List<MembershipKind> kinds) {
		if (kinds == null) {
			return Set.of(MembershipKind.FULL_MEMBER);
		}
		if (kinds.isEmpty()) {
			throw new InvalidArgumentException("kinds", "must name at least one kind when given");
		}
		return Set.copyOf(kinds);
	}

}
