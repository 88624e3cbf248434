package org.treatygraph.system.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the service.
 *
 * @param openReads whether anyone may query without credentials; when false every request
 * needs a user or token
 * @param users the people who may sign in with HTTP Basic, configured by the operator
 * (for example {@code TREATYGRAPH_SECURITY_USERS_0_NAME}, {@code _PASSWORDHASH},
 * {@code _ROLE})
 * @param verifiedPasswordTtl how long a user and password that passed the BCrypt check
 * are taken as verified without checking again
 */
@ConfigurationProperties("treatygraph.security")
public record AccessProperties(@DefaultValue("true") boolean openReads, @DefaultValue List<User> users,
		@DefaultValue("5m") Duration verifiedPasswordTtl) {

	/**
	 * One user.
	 *
	 * @param name what the user signs in with and what history records as the author of
	 * changes
	 * @param passwordHash a BCrypt hash ({@code $2a$...}, {@code $2y$...} or
	 * {@code {bcrypt}...}), never the password itself
	 * @param role {@code ADMIN} may also list and revoke anyone's API tokens,
	 * {@code CURATOR} may write, {@code READER} may only read
	 */
	public record User(String name, String passwordHash, @DefaultValue("CURATOR") Role role) {
	}

	/** The configured user of this name, if the operator still lists one. */
	public Optional<User> user(String name) {
		return this.users.stream().filter((user) -> user.name().equals(name)).findFirst();
	}

	/** What a user may do; each role may do all that the roles after it may. */
	public enum Role {

		/** May do what a curator does, and list and revoke anyone's API tokens. */
		ADMIN,
		/** May read and change the graph. */
		CURATOR,
		/** May read. */
		READER;

		/** The roles a caller in this role holds: its own and those it includes. */
		public List<Role> held() {
			return switch (this) {
				case ADMIN -> List.of(ADMIN, CURATOR);
				case CURATOR -> List.of(CURATOR);
				case READER -> List.of(READER);
			};
		}

		/** The lesser of the two: a token never acts above its owner's current role. */
		public Role atMost(Role other) {
			return (ordinal() >= other.ordinal()) ? this : other;
		}

	}

}
