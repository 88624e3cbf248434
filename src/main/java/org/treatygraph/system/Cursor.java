package org.treatygraph.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in a sorted list: the sort key and node id of the last item seen. Pages
 * continue after that position, so items added meanwhile neither repeat nor shift the
 * next page.
 */
public record Cursor(String sortKey, String key) {

	private static final char SEPARATOR = '\u001F';

	public String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("v1" + SEPARATOR + this.sortKey + SEPARATOR + this.key).getBytes(StandardCharsets.UTF_8));
	}

	static Cursor decode(String cursor, String argument) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
				.split(String.valueOf(SEPARATOR), -1);
			if (parts.length == 3 && parts[0].equals("v1")) {
				return new Cursor(parts[1], parts[2]);
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw new InvalidArgumentException(argument, "'%s' is not a cursor this list issued".formatted(cursor));
	}

}
