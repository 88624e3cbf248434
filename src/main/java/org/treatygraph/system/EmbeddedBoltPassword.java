package org.treatygraph.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The password of the embedded Neo4j's {@code neo4j} user: made on the first start, kept
 * in the data directory readable by its owner alone, so the service and an operator's
 * local tools can connect and any other local process cannot.
 */
final class EmbeddedBoltPassword {

	/** The file in the data directory; its one line is the password. */
	static final String FILE_NAME = "bolt-password";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private EmbeddedBoltPassword() {
	}

	/**
	 * The password kept in {@code home}, made now if there is none; the file is made
	 * owner-only again if someone widened it.
	 */
	static String in(Path home) throws IOException {
		Path file = home.resolve(FILE_NAME);
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			Files.writeString(file, generate() + "\n", StandardCharsets.US_ASCII);
		}
		catch (FileAlreadyExistsException ex) {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
		String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
		if (password.length() < 16) {
			throw new IllegalStateException(file + " holds no usable password; delete it to have a new one made");
		}
		return password;
	}

	private static String generate() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
