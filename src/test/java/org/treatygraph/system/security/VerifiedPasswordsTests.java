package org.treatygraph.system.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DisplayName("Checking passwords")
class VerifiedPasswordsTests {

	private static final String HASH = new BCryptPasswordEncoder(11).encode("right password");

	private final List<String> checkedAgainst = new ArrayList<>();

	private final PasswordEncoder counting = new PasswordEncoder() {

		private final PasswordEncoder bcrypt = new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder()));

		@Override
		public String encode(CharSequence raw) {
			return this.bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			VerifiedPasswordsTests.this.checkedAgainst.add(encoded);
			return this.bcrypt.matches(raw, encoded);
		}

	};

	private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
			User.withUsername("alice").password("{bcrypt}" + HASH).roles("CURATOR").build());

	private final VerifiedPasswords passwords = new VerifiedPasswords(this.users, this.counting,
			new AccessProperties(true, List.of(new AccessProperties.User("alice", HASH, AccessProperties.Role.CURATOR)),
					Duration.ofMinutes(5)),
			Duration.ofMinutes(5));

	@Test
	@DisplayName("a user's right password is checked with BCrypt once, then taken as verified")
	void shouldCheckARightPasswordOnce() {
		Authentication first = this.passwords.authenticate(basic("alice", "right password"));
		Authentication second = this.passwords.authenticate(basic("alice", "right password"));
		assertThat(this.checkedAgainst).hasSize(1);
		assertThat(second.getName()).isEqualTo(first.getName()).isEqualTo("alice");
		assertThat(second.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CURATOR");
	}

	@Test
	@DisplayName("a wrong password is checked every time and never remembered, even after the right one")
	void shouldCheckEveryWrongPassword() {
		this.passwords.authenticate(basic("alice", "right password"));
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> this.passwords.authenticate(basic("alice", "wrong password")));
		}
		assertThat(this.checkedAgainst).hasSize(4);
	}

	@Test
	@DisplayName("an unknown user costs a BCrypt check as strong as the users' own, so timing does not reveal names")
	void shouldCheckUnknownUsersAtTheUsersCost() {
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> this.passwords.authenticate(basic("mallory", "right password")));
		assertThat(this.checkedAgainst).singleElement()
			.satisfies((hash) -> assertThat(hash).startsWith("{bcrypt}$2a$11$").isNotEqualTo("{bcrypt}" + HASH));
	}

	@Test
	@DisplayName("a changed password ends what was verified for the old one")
	void shouldForgetTheOldPasswordOnceChanged() {
		this.passwords.authenticate(basic("alice", "right password"));
		this.users.updateUser(User.withUsername("alice")
			.password("{bcrypt}" + new BCryptPasswordEncoder(4).encode("new password"))
			.roles("CURATOR")
			.build());
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> this.passwords.authenticate(basic("alice", "right password")));
		assertThat(this.passwords.authenticate(basic("alice", "new password")).getName()).isEqualTo("alice");
	}

	private static UsernamePasswordAuthenticationToken basic(String name, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
	}

}
