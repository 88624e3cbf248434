package org.treatygraph.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.treatygraph.system.InvalidArgumentException;

/**
 * The one spelling of an article's address under which it is registered, so the same
 * article reached through a newsletter link or with a trailing slash is recognised as
 * already known.
 */
final class CanonicalUrl {

	/** Query parameters that track the reader, not the document. */
	private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
			"igshid", "ref", "ref_src", "_ga", "yclid");

	private static final int MAX_LENGTH = 2000;

	private CanonicalUrl() {
	}

	static String of(String url, String argument) {
		String trimmed = url.strip();
		if (trimmed.length() > MAX_LENGTH) {
			throw new InvalidArgumentException(argument, "must be at most %d characters".formatted(MAX_LENGTH));
		}
		URI uri;
		try {
			uri = new URI(trimmed);
		}
		catch (URISyntaxException ex) {
			throw new InvalidArgumentException(argument, "'%s' is not a valid URL".formatted(trimmed));
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getHost().isBlank()) {
			throw new InvalidArgumentException(argument,
					"'%s' is not an http or https URL with a host".formatted(trimmed));
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		boolean defaultPort = uri.getPort() == -1 || scheme.equals("http") && uri.getPort() == 80
				|| scheme.equals("https") && uri.getPort() == 443;
		String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
		String query = uri.getRawQuery() == null ? ""
				: Arrays.stream(uri.getRawQuery().split("&"))
					.filter(parameter -> !parameter.isEmpty() && !isTracking(parameter))
					.sorted()
					.collect(Collectors.joining("&"));
		return scheme + "://" + host + (defaultPort ? "" : ":" + uri.getPort()) + path
				+ (query.isEmpty() ? "" : "?" + query);
	}

	private static boolean isTracking(String parameter) {
		String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
		return name.startsWith("utm_") || TRACKING.contains(name);
	}

}
