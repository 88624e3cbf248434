package org.treatygraph.node;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.treatygraph.system.InvalidArgumentException;

/**
 * Relay-style global ids: the type and the node's own id, base64url-encoded so clients
 * treat them as opaque and {@code node(id:)} knows which label's index to use.
 */
public record GlobalId(NodeType type, String key) {

	public static String encode(NodeType type, String key) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((type.label() + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

	/** The id as clients see it. */
	public String id() {
		return encode(this.type, this.key);
	}

	/** Keys by node type, so that each type is fetched with one query. */
	public static Map<NodeType, List<String>> keysByType(Collection<GlobalId> ids) {
		Map<NodeType, List<String>> keysByType = new EnumMap<>(NodeType.class);
		ids.forEach(id -> keysByType.computeIfAbsent(id.type(), type -> new ArrayList<>()).add(id.key()));
		return keysByType;
	}

	/** A reference to a node that may be absent. */
	public static @Nullable GlobalId ofNullable(NodeType type, @Nullable String key) {
		return key == null ? null : new GlobalId(type, key);
	}

	/** Empty when the text is not an id this service issued. */
	public static Optional<GlobalId> decode(String id) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
			int colon = text.indexOf(':');
			if (colon <= 0 || colon == text.length() - 1) {
				return Optional.empty();
			}
			return NodeType.fromLabel(text.substring(0, colon))
				.map(type -> new GlobalId(type, text.substring(colon + 1)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The id's key when it names a node of the expected type; a typed error naming the
	 * argument otherwise.
	 */
	public static String require(String id, NodeType expected, String argument) {
		GlobalId decoded = decode(id)
			.orElseThrow(() -> new InvalidArgumentException(argument, "'%s' is not a Treatygraph id".formatted(id)));
		if (decoded.type() != expected) {
			throw new InvalidArgumentException(argument, "'%s' is the id of %s, expected %s".formatted(id,
					decoded.type().withArticle(), expected.withArticle()));
		}
		return decoded.key();
	}

	/**
	 * The global id of a referenced node projected as {@code {label: ..., key: ...}};
	 * null when absent.
	 */
	public static @Nullable GlobalId reference(MapAccessor map, String key) {
		Value value = map.get(key);
		if (value.isNull()) {
			return null;
		}
		NodeType type = NodeType.fromLabel(value.get("label").asString())
			.orElseThrow(() -> new IllegalStateException("Unknown label in reference " + value));
		return new GlobalId(type, value.get("key").asString());
	}

}
