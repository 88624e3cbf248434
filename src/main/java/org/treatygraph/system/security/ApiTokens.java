package org.treatygraph.system.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens that curators create for scripts and revoke when done, or that expire. Only
 * a SHA-256 hash of each token is stored; the token itself is shown once, when created.
 * An administrator may list and revoke anyone's.
 */
@Repository
public class ApiTokens {

	private static final String PREFIX = "tg_";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Most tokens one listing returns. */
	static final int MAX_LISTED = 1000;

	private static final String CREATE = """
			CREATE (t:ApiToken {id: $id, name: $name, owner: $owner, role: $role, hash: $hash, createdAt: datetime()})
			SET t.expiresAt = t.createdAt + duration({days: $days})
			RETURN t {.*} AS token
			""";

	private static final String FIND_ACTIVE = """
			MATCH (t:ApiToken {hash: $hash})
			WHERE t.revokedAt IS NULL AND (t.expiresAt IS NULL OR t.expiresAt > datetime())
			RETURN t.owner AS owner, t.role AS role, t.id AS id
			""";

	private static final String REVOKE = """
			MATCH (t:ApiToken {id: $id}) WHERE t.owner = $owner OR $anyOwner
			SET t.revokedAt = coalesce(t.revokedAt, datetime())
			RETURN t {.*} AS token
			""";

	private static final String LISTED = """
			MATCH (t:ApiToken)
			WHERE (t.owner = $filter.owner OR $filter.owner IS NULL) AND (t.revokedAt IS NULL OR $includeRevoked)
			RETURN t {.*} AS token
			ORDER BY t.owner, t.createdAt
			LIMIT $limit
			""";

	private final Neo4jClient neo4j;

	ApiTokens(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * A new token for the owner, valid for the given days; the returned secret is the
	 * only copy of it.
	 */
	@Transactional
	public NewToken create(String name, String owner, AccessProperties.Role role, int days) {
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
		String id = "tok-" + UUID.randomUUID();
		Token token = this.neo4j.query(CREATE)
			.bindAll(Map.of("id", id, "name", name, "owner", owner, "role", role.name(), "hash", hash(secret), "days",
					days))
			.fetchAs(Token.class)
			.mappedBy((types, row) -> token(row.get("token")))
			.one()
			.orElseThrow();
		return new NewToken(secret, token);
	}

	/**
	 * Revokes a token of the owner, or anyone's when {@code anyOwner}. Empty when there
	 * is no such token.
	 */
	@Transactional
	public Optional<Token> revoke(String id, String owner, boolean anyOwner) {
		return this.neo4j.query(REVOKE)
			.bindAll(Map.of("id", id, "owner", owner, "anyOwner", anyOwner))
			.fetchAs(Token.class)
			.mappedBy((types, row) -> token(row.get("token")))
			.one();
	}

	/** The owner's tokens, revoked and expired ones included, oldest first. */
	@Transactional(readOnly = true)
	public List<Token> of(String owner) {
		return listed(owner, true);
	}

	/**
	 * Tokens of one owner, or of everyone when {@code owner} is null, by owner and age;
	 * at most {@value #MAX_LISTED}.
	 */
	@Transactional(readOnly = true)
	public List<Token> listed(@Nullable String owner, boolean includeRevoked) {
		// the owner in a map: one curator's list and everyone's share a plan
		Map<String, @Nullable Object> filter = new HashMap<>();
		filter.put("owner", owner);
		Map<String, Object> parameters = Map.of("filter", filter, "includeRevoked", includeRevoked, "limit",
				MAX_LISTED);
		return List.copyOf(this.neo4j.query(LISTED)
			.bindAll(parameters)
			.fetchAs(Token.class)
			.mappedBy((types, row) -> token(row.get("token")))
			.all());
	}

	private static Token token(Value token) {
		return new Token(token.get("id").asString(), token.get("name").asString(), token.get("owner").asString(),
				token.get("createdAt").asZonedDateTime(), dateTime(token.get("expiresAt")),
				dateTime(token.get("revokedAt")));
	}

	private static @Nullable ZonedDateTime dateTime(Value value) {
		return value.isNull() ? null : value.asZonedDateTime();
	}

	@Transactional(readOnly = true)
	Optional<Holder> authenticate(String secret) {
		if (!secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return this.neo4j.query(FIND_ACTIVE)
			.bind(hash(secret))
			.to("hash")
			.fetchAs(Holder.class)
			.mappedBy((types, row) -> new Holder(row.get("owner").asString(),
					AccessProperties.Role.valueOf(row.get("role").asString()), row.get("id").asString()))
			.one();
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A token as listed: never its secret. */
	public record Token(String id, String name, String owner, ZonedDateTime createdAt,
			@Nullable ZonedDateTime expiresAt, @Nullable ZonedDateTime revokedAt) {
	}

	/** A token just created, with its secret. */
	public record NewToken(String secret, Token token) {
	}

	/** Who a valid token belongs to. */
	record Holder(String owner, AccessProperties.Role role, String tokenId) {
	}

}
