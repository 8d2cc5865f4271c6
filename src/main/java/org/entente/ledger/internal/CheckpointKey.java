package org.entente.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.entente.ledger.verification.NoteSigner;
import org.entente.platform.EntenteSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The centre's Ed25519 checkpoint key, as Go's signer key string in a file that only the service user may read.
 * Made on the first start; a second node racing to make it loses the hard link below and reads the winner's.
 */
@Component
class CheckpointKey {

	private static final Logger log = LoggerFactory.getLogger(CheckpointKey.class);

	private final NoteSigner signer;

	CheckpointKey(LedgerSettings settings, EntenteSettings entente) {
		Path file = (settings.keyFile() != null) ? settings.keyFile()
				: entente.dataDirectory().resolve("ledger").resolve("checkpoint.key");
		this.signer = loadOrCreate(file.toAbsolutePath(), settings.origin());
	}

	NoteSigner signer() {
		return this.signer;
	}

	private static NoteSigner loadOrCreate(Path file, String origin) {
		try {
			if (!Files.exists(file)) {
				create(file, origin);
			}
			return NoteSigner.fromSignerKey(Files.readString(file, StandardCharsets.UTF_8).trim());
		}
		catch (IOException exception) {
			throw new UncheckedIOException("cannot read or create the checkpoint key " + file, exception);
		}
	}

	/**
	 * Writes the key to a temporary file created with mode 600, so the secret is never readable by others even
	 * for a moment, then links it into place: a link fails when the name exists, unlike a move.
	 */
	private static void create(Path file, String origin) throws IOException {
		Files.createDirectories(file.getParent());
		boolean posix = Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) != null;
		Path temporary = posix
				? Files.createTempFile(file.getParent(), ".checkpoint-", ".key",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: Files.createTempFile(file.getParent(), ".checkpoint-", ".key");
		try {
			NoteSigner signer = NoteSigner.generate(origin);
			Files.writeString(temporary, signer.signerKey() + "\n", StandardCharsets.UTF_8);
			Files.createLink(file, temporary);
			log.info("Made the centre's checkpoint key {} in {}", signer.verifierKey(), file);
		}
		catch (FileAlreadyExistsException exception) {
			log.info("Another node made the checkpoint key in {} first; using it", file);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
