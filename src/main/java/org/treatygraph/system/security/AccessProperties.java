package org.treatygraph.system.security;

import java.util.List;

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
 */
@ConfigurationProperties("treatygraph.security")
public record AccessProperties(@DefaultValue("true") boolean openReads, @DefaultValue List<User> users) {

	/**
	 * One user.
	 *
	 * @param name what the user signs in with and what history records as the author of
	 * changes
	 * @param passwordHash a BCrypt hash ({@code $2a$...}, {@code $2y$...} or
	 * {@code {bcrypt}...}), never the password itself
	 * @param role {@code CURATOR} may write, {@code READER} may only read
	 */
	public record User(String name, String passwordHash, @DefaultValue("CURATOR") Role role) {
	}

	/** What a user may do. */
	public enum Role {

		/** May read and change the graph. */
		CURATOR,
		/** May read. */
		READER

	}

}
