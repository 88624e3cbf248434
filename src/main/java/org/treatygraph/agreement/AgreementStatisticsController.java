package org.treatygraph.agreement;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.treatygraph.country.ActorReferences;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLoader;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.AsOf;
import org.treatygraph.system.InvalidArgumentException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The dashboards' aggregates: agreements per year, top partners, top signatories. */
@Controller
class AgreementStatisticsController {

	private static final Set<NodeType> PARTIES = Set.of(NodeType.COUNTRY, NodeType.ORGANIZATION);

	private static final int MAX_TOP = 100;

	private static final int DEFAULT_TOP = 10;

	private final AgreementStatistics statistics;

	private final ActorReferences actors;

	AgreementStatisticsController(AgreementStatistics statistics, ActorReferences actors) {
		this.statistics = statistics;
		this.actors = actors;
	}

	@QueryMapping
	List<YearTally> agreementsPerYear(@Argument String of, @Argument @Nullable Integer fromYear,
			@Argument @Nullable Integer toYear, @Argument @Nullable String asOf, DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		if (fromYear != null && toYear != null && toYear < fromYear) {
			throw new InvalidArgumentException("toYear",
					"must not be before fromYear (%d), was %d".formatted(fromYear, toYear));
		}
		return this.statistics.perYear(existing(of, "of"), fromYear, toYear);
	}

	@QueryMapping
	List<PartnerTally> topPartners(@Argument String of, @Argument @Nullable List<String> kinds,
			@Argument @Nullable Integer first, @Argument @Nullable String asOf, DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		int top = top(first);
		return this.statistics.topPartners(existing(of, "of"), kinds, top);
	}

	@QueryMapping
	List<SignatoryTally> topSignatories(@Argument @Nullable String onBehalfOf, @Argument @Nullable Integer first,
			@Argument @Nullable String asOf, DataFetchingEnvironment environment) {
		AsOf.use(asOf, environment);
		int top = top(first);
		return this.statistics.topSignatories(onBehalfOf == null ? null : existing(onBehalfOf, "onBehalfOf"), top);
	}

	@SchemaMapping(typeName = "PartnerTally", field = "partner")
	CompletableFuture<@Nullable Object> partner(PartnerTally tally, DataLoader<GlobalId, Object> nodes) {
		if (tally.node() != null) {
			return CompletableFuture.completedFuture(tally.node());
		}
		return NodeLoader.load(nodes, tally.partner());
	}

	@SchemaMapping(typeName = "SignatoryTally", field = "person")
	CompletableFuture<@Nullable Object> person(SignatoryTally tally, DataLoader<GlobalId, Object> nodes,
			DataFetchingFieldSelectionSet selection) {
		return NodeLoader.loadAsSelected(nodes, tally.person(), selection);
	}

	private GlobalId existing(String reference, String argument) {
		GlobalId id = this.actors.resolveOne(reference, argument, PARTIES);
		this.actors.requireExists(id, argument);
		return id;
	}

	private static int top(@Nullable Integer first) {
		int top = first == null ? DEFAULT_TOP : first;
		if (top < 1 || top > MAX_TOP) {
			throw new InvalidArgumentException("first", "must be between 1 and %d, was %d".formatted(MAX_TOP, top));
		}
		return top;
	}

}
