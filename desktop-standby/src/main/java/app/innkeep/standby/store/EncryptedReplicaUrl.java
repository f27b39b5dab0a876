package app.innkeep.standby.store;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes the replica's JDBC URL with its AES key before the connection pool starts: the key lives in a separate
 * owner-only file ({@link ReplicaKey}), never in configuration, logs or the repository. A new replica is created
 * encrypted (AES/CBC, 128-bit); an existing one is booted with its key.
 */
@Singleton
public class EncryptedReplicaUrl implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(EncryptedReplicaUrl.class);

    private final Path dataDir;

    public EncryptedReplicaUrl(@Value("${innkeep.standby.data-dir}") Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath();
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getUrl();
        if (url == null || !url.startsWith("jdbc:derby:") || url.contains("encryptionKey")) {
            return config;
        }
        Path database = dataDir.resolve("replica");
        boolean exists = Files.exists(database.resolve("service.properties"));
        String key = new ReplicaKey(dataDir.resolve("replica.key")).load(exists);
        String base = "jdbc:derby:" + database;
        config.setUrl(
                exists
                        // Derby needs the algorithm again at boot when it is not its default (DES).
                        ? base + ";encryptionAlgorithm=AES/CBC/NoPadding;encryptionKey=" + key
                        : base
                                + ";create=true;dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;encryptionKeyLength=128;encryptionKey="
                                + key);
        LOG.info("{} the encrypted replica in {}", exists ? "Opening" : "Creating", database);
        return config;
    }
}
