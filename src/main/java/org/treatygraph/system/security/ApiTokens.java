package org.treatygraph.system.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens that curators create for scripts and revoke when done. Only a SHA-256 hash
 * of each token is stored; the token itself is shown once, when created.
 */
@Repository
public class ApiTokens {

	private static final String PREFIX = "tg_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String CREATE = """
			CREATE (t:ApiToken {id: $id, name: $name, owner: $owner, role: $role, hash: $hash, createdAt: datetime()})
			RETURN t.createdAt AS createdAt
			""";

	private static final String FIND_ACTIVE = """
			MATCH (t:ApiToken {hash: $hash}) WHERE t.revokedAt IS NULL
			RETURN t.owner AS owner, t.role AS role, t.id AS id
			""";

	private static final String REVOKE = """
			MATCH (t:ApiToken {id: $id}) WHERE t.owner = $owner OR $anyOwner
			SET t.revokedAt = coalesce(t.revokedAt, datetime())
			RETURN t.name AS name, t.createdAt AS createdAt, t.revokedAt AS revokedAt
			""";

	private static final String OF_OWNER = """
			MATCH (t:ApiToken {owner: $owner})
			RETURN t.id AS id, t.name AS name, t.createdAt AS createdAt, t.revokedAt AS revokedAt
			ORDER BY t.createdAt
			""";

	private final Neo4jClient neo4j;

	ApiTokens(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** A new token for the owner; the returned secret is the only copy of it. */
	@Transactional
	public NewToken create(String name, String owner, AccessProperties.Role role) {
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
		String id = "tok-" + UUID.randomUUID();
		ZonedDateTime createdAt = this.neo4j.query(CREATE)
			.bindAll(Map.of("id", id, "name", name, "owner", owner, "role", role.name(), "hash", hash(secret)))
			.fetchAs(ZonedDateTime.class)
			.one()
			.orElseThrow();
		return new NewToken(secret, new Token(id, name, createdAt, null));
	}

	/**
	 * Revokes a token of the owner; a curator may revoke any token. Empty when there is
	 * no such token.
	 */
	@Transactional
	public Optional<Token> revoke(String id, String owner, boolean anyOwner) {
		return this.neo4j.query(REVOKE)
			.bindAll(Map.of("id", id, "owner", owner, "anyOwner", anyOwner))
			.fetchAs(Token.class)
			.mappedBy((types, row) -> new Token(id, row.get("name").asString(), row.get("createdAt").asZonedDateTime(),
					row.get("revokedAt").asZonedDateTime()))
			.one();
	}

	@Transactional(readOnly = true)
	public List<Token> of(String owner) {
		return List.copyOf(this.neo4j.query(OF_OWNER)
			.bind(owner)
			.to("owner")
			.fetchAs(Token.class)
			.mappedBy((types, row) -> new Token(row.get("id").asString(), row.get("name").asString(),
					row.get("createdAt").asZonedDateTime(),
					row.get("revokedAt").isNull() ? null : row.get("revokedAt").asZonedDateTime()))
			.all());
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
	public record Token(String id, String name, ZonedDateTime createdAt,
			@org.jspecify.annotations.Nullable ZonedDateTime revokedAt) {
	}

	/** A token just created, with its secret. */
	public record NewToken(String secret, Token token) {
	}

	/** Who a valid token belongs to. */
	record Holder(String owner, AccessProperties.Role role, String tokenId) {
	}

}
