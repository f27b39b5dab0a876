package app.innkeep.standby.store;

import app.innkeep.standby.cli.SuggestedCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The replica's AES key: 128 random bits, hex, in a file only its owner can read, created at first start. */
public final class ReplicaKey {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{32}");

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
                            + file.getParent().resolve("replica") + " and pair the standby again (a full resync): "
                            + SuggestedCommand.PAIR.text());
                }
                return create();
            }
            String key = SecretFile.read(file);
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
        return SecretFile.create(file, HexFormat.of().formatHex(bytes));
    }
}
