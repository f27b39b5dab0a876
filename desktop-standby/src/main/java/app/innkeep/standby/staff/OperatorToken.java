package app.innkeep.standby.staff;

import app.innkeep.standby.store.SecretFile;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The token the standby CLI sends: kept in {@code <data-dir>/operator.token}, readable only by the PC account that runs
 * the standby. Whoever can read that folder can already read the replica's key, so the token gives them nothing more;
 * it keeps everybody else (other PC accounts, the LAN) from the operations API.
 */
@Context
public class OperatorToken {

    public static final String FILE_NAME = "operator.token";

    private final byte[] token;

    public OperatorToken(@Value("${innkeep.standby.data-dir}") Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve(FILE_NAME);
        try {
            String value = Files.exists(file) ? SecretFile.read(file) : SecretFile.create(file, fresh());
            this.token = value.getBytes(StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the operator token " + file, e);
        }
    }

    public boolean matches(String presented) {
        return presented != null
                && MessageDigest.isEqual(token, presented.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private static String fresh() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return "iko_" + HexFormat.of().formatHex(bytes);
    }
}
