package app.innkeep.standby.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** A secret the standby keeps beside its replica (the AES key, the operator token): a file only its owner can read. */
public final class SecretFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SecretFile() {}

    /** Writes a new owner-only file; when another process created it first, returns what that one wrote. */
    public static String create(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException raced) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        return content;
    }

    /** Reads the secret, making the file owner-only again if someone loosened it. */
    public static String read(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the user profile's ACL.
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
}
