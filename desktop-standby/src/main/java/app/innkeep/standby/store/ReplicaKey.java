package app.innkeep.standby.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/** The replica's AES key: 128 random bits, hex, in a file only its owner can read, created at first start. */
public final class ReplicaKey {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{32}");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    public ReplicaKey(Path file) {
        this.file = file;
    }

    /**
     * The key, creating it when there is no replica yet. An existing replica without its key file cannot be opened:
     * the error says what to do instead of creating a new key that would not fit.
     */
    public String load(boolean replicaExists) {
        try {
            if (!Files.exists(file)) {
                if (replicaExists) {
                    throw new IllegalStateException("The standby replica is encrypted with the key in " + file
                            + ", which is missing. Restore that file from the PC's backup, or delete the folder "
                            + file.getParent().resolve("replica") + " and pair the standby again (a full resync).");
                }
                return create();
            }
            tighten();
            String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!HEX.matcher(key).matches()) {
                throw new IllegalStateException(
                        "The replica key file " + file + " is damaged (expected 32 hex digits).");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the replica key " + file, e);
        }
    }

    private String create() throws IOException {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException raced) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, key, StandardCharsets.US_ASCII);
        return key;
    }

    /** A key file others can read is made owner-only again. */
    private void tighten() throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the user profile's ACL.
        }
    }
}
