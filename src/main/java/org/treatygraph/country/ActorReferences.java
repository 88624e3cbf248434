package org.treatygraph.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeLookup;
import org.treatygraph.node.NodeType;
import org.treatygraph.system.InvalidArgumentException;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Reads the "involving" lists of filters, where analysts write a country as its ISO code
 * and anything else as its id. The ISO list is fixed, so its codes are read once and
 * kept.
 */
@Component
public class ActorReferences {

	private final SingletonSupplier<Map<String, String>> keysByCode;

	private final SingletonSupplier<Set<String>> countryKeys;

	private final NodeLookup nodes;

	ActorReferences(CountryRepository countries, NodeLookup nodes) {
		this.keysByCode = SingletonSupplier.of(countries::keysByCode);
		this.countryKeys = SingletonSupplier.of(() -> Set.copyOf(this.keysByCode.obtain().values()));
		this.nodes = nodes;
	}

	/**
	 * An error naming the argument when a node these references name does not exist. The
	 * ISO countries always do (none is ever removed), so only the others are looked up: a
	 * question about countries costs no statement of its own.
	 */
	public void requireAllExist(List<GlobalId> ids, String argument) {
		if (ids.stream().allMatch(this::isCountry)) {
			return;
		}
		this.nodes.requireAllExist(ids, argument);
	}

	/** The same for one reference. */
	public void requireExists(GlobalId id, String argument) {
		if (!isCountry(id)) {
			this.nodes.requireExists(id, argument);
		}
	}

	private boolean isCountry(GlobalId id) {
		return id.type() == NodeType.COUNTRY && this.countryKeys.obtain().contains(id.key());
	}

	/** One reference, for inputs that name a single actor. */
	public GlobalId resolveOne(String item, String argument, Set<NodeType> allowed) {
		return resolve(item, argument, allowed);
	}

	/**
	 * The keys of the countries a filter lists (ISO codes or country ids), null without a
	 * filter.
	 */
	public @Nullable List<String> countryKeys(@Nullable List<String> items, String argument) {
		return items == null ? null
				: resolve(items, argument, Set.of(NodeType.COUNTRY)).stream().map(GlobalId::key).toList();
	}

	/**
	 * @param argument the argument's path, for errors, such as {@code filter.involving}
	 * @param allowed node types an id may name
	 */
	public List<GlobalId> resolve(List<String> items, String argument, Set<NodeType> allowed) {
		List<GlobalId> resolved = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			resolved.add(resolve(items.get(i), argument + "[" + i + "]", allowed));
		}
		return resolved;
	}

	private GlobalId resolve(String reference, String path, Set<NodeType> allowed) {
		String item = reference.strip();
		if (item.length() == 2 || item.length() == 3) {
			String key = this.keysByCode.obtain().get(item.toUpperCase(Locale.ROOT));
			if (key == null) {
				throw new InvalidArgumentException(path, "'%s' is not an ISO 3166-1 country code".formatted(item));
			}
			return new GlobalId(NodeType.COUNTRY, key);
		}
		GlobalId id = GlobalId.decode(item)
			.orElseThrow(() -> new InvalidArgumentException(path,
					"'%s' is neither a country code nor a Treatygraph id".formatted(item)));
		if (!allowed.contains(id.type())) {
			throw new InvalidArgumentException(path,
					"'%s' is the id of a %s; expected one of %s".formatted(item, id.type().label(),
							allowed.stream().map(NodeType::label).sorted().collect(Collectors.joining(", "))));
		}
		return id;
	}

}
