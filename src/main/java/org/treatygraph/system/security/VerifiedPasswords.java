package org.treatygraph.system.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic sign-in at the cost of one BCrypt check per user and password every few
 * minutes rather than per request (a script polling with Basic once spent 0.3–0.8 s of
 * CPU on every call), and at the same cost whether or not the user exists: an unknown
 * name is checked against a hash as strong as the strongest configured one, so the time
 * to the answer does not tell which names are users. A wrong password is never cached.
 */
class VerifiedPasswords implements AuthenticationProvider {

	private static final Pattern BCRYPT_COST = Pattern.compile("\\$2[aby]?\\$(\\d{2})\\$");

	/** Enough for every user and script of one service; past it the cache starts over. */
	private static final int MAX_CACHED = 10_000;

	private final UserDetailsService users;

	private final PasswordEncoder encoder;

	private final Duration ttl;

	private final String unknownUserHash;

	private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();

	VerifiedPasswords(UserDetailsService users, PasswordEncoder encoder, AccessProperties access, Duration ttl) {
		this.users = users;
		this.encoder = encoder;
		this.ttl = ttl;
		int cost = access.users()
			.stream()
			.map((user) -> BCRYPT_COST.matcher(user.passwordHash()))
			.filter(Matcher::find)
			.mapToInt((matcher) -> Integer.parseInt(matcher.group(1)))
			.max()
			.orElse(10);
		byte[] random = new byte[16];
		new SecureRandom().nextBytes(random);
		this.unknownUserHash = "{bcrypt}" + new BCryptPasswordEncoder(cost).encode(HexFormat.of().formatHex(random));
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		UserDetails user = find(name);
		String storedHash = (user != null) ? user.getPassword() : this.unknownUserHash;
		String key = digest(name, password, storedHash);
		Long until = this.verifiedUntil.get(key);
		boolean verified = (user != null && until != null && until - System.nanoTime() > 0)
				|| (this.encoder.matches(password, storedHash) && user != null);
		if (!verified) {
			throw new BadCredentialsException("wrong user name or password");
		}
		if (this.verifiedUntil.size() >= MAX_CACHED) {
			this.verifiedUntil.clear();
		}
		this.verifiedUntil.put(key, System.nanoTime() + this.ttl.toNanos());
		return UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private @Nullable UserDetails find(String name) {
		try {
			return this.users.loadUserByUsername(name);
		}
		catch (UsernameNotFoundException ex) {
			return null;
		}
	}

	/**
	 * The cache keeps a digest, never the password; the stored hash is part of it, so a
	 * changed password ends what was cached for the old one.
	 */
	private static String digest(String name, String password, String storedHash) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			for (String part : new String[] { name, password, storedHash }) {
				sha256.update(part.getBytes(StandardCharsets.UTF_8));
				sha256.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
