package org.treatygraph.system.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned Cypher file such as {@code V0001__Constraints_and_indexes.cypher}. Its
 * checksum is recorded when applied, so an edited file is noticed instead of silently
 * diverging.
 */
record Migration(int version, String description, String cypher) {

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	private static final Pattern SCHEMA_STATEMENT = Pattern.compile(
			"(?is)^\\s*(CREATE|DROP)\\s+(OR\\s+REPLACE\\s+)?(CONSTRAINT|(FULLTEXT|RANGE|TEXT|POINT|VECTOR|LOOKUP)?\\s*INDEX)\\b.*");

	static Migration fromFile(String fileName, String cypher) {
		Matcher matcher = FILE_NAME.matcher(fileName);
		if (!matcher.matches()) {
			throw new IllegalStateException(
					"Migration file name must look like V0001__Describe_change.cypher: " + fileName);
		}
		return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), cypher);
	}

	String checksum() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(this.cypher.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	List<String> statements() {
		return CypherStatements.split(this.cypher);
	}

	/** Schema changes cannot share a transaction with data writes in Neo4j. */
	boolean changesSchema() {
		return statements().stream().allMatch(s -> SCHEMA_STATEMENT.matcher(s).matches());
	}

}
