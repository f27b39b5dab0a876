package app.innkeep.standby.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fire drill's throw-away copy of the replica (ADR 0019): Derby's online backup of the replica into an owner-only
 * folder, opened as a second database with the same key, and deleted afterwards. The key never leaves memory.
 */
@Store
@Singleton
public class DrillCopy {

    private static final Logger LOG = LoggerFactory.getLogger(DrillCopy.class);

    private final Path dataDir;
    private final Path folder;

    public DrillCopy(
            @Value("${innkeep.standby.data-dir}") Path dataDir,
            @Value("${innkeep.standby.drill.folder:}") String folder) {
        this.dataDir = dataDir.toAbsolutePath();
        this.folder = folder.isBlank()
                ? this.dataDir.resolve("drill-copy")
                : Path.of(folder).toAbsolutePath();
    }

    /** Where the copy lives while a drill runs. */
    public Path folder() {
        return folder;
    }

    /** The replica's size on disk: about what the copy needs. */
    public long replicaBytes() {
        return sizeOf(dataDir.resolve("replica"));
    }

    /** Copies the replica (consistently, while the standby runs) and opens the copy; returns its connection pool. */
    public DataSource make(DataSource replica) {
        discard();
        try {
            Files.createDirectories(folder);
            ownerOnly(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the drill's folder " + folder, e);
        }
        try (Connection c = replica.getConnection();
                CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, folder.toString());
            call.execute();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            discard();
            throw new Replica.ReplicaFailure("copy the replica for a drill to " + folder, e);
        }
        String key = new ReplicaKey(dataDir.resolve("replica.key")).load(true);
        HikariConfig config = new HikariConfig();
        config.setPoolName("drill-copy");
        config.setJdbcUrl("jdbc:derby:" + database() + ";encryptionAlgorithm=AES/CBC/NoPadding;encryptionKey=" + key);
        config.setUsername("standby");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        HikariDataSource pool = new HikariDataSource(config);
        LOG.info("Drill copy of the replica made and opened in {}", folder);
        return pool;
    }

    /** Closes the copy's pool, shuts its database down and deletes it. */
    public void discard(DataSource copy) {
        if (copy instanceof HikariDataSource pool) {
            pool.close();
        }
        discard();
    }

    /** Deletes whatever copy is on disk (the one of a drill a restart cut short, too); true if there was one. */
    public boolean discard() {
        if (!Files.exists(folder)) {
            return false;
        }
        try {
            DriverManager.getConnection("jdbc:derby:" + database() + ";shutdown=true")
                    .close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown (08006), or a database that was not booted (XJ004), as an exception.
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the drill's copy in " + folder, e);
        }
        LOG.info("Drill copy in {} deleted", folder);
        return true;
    }

    private Path database() {
        return folder.resolve("replica");
    }

    private static void ownerOnly(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows): the data folder's own permissions apply.
        }
    }

    private static long sizeOf(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            return tree.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}
