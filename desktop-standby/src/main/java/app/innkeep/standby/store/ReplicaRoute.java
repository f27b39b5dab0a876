package app.innkeep.standby.store;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Where the app's connections come from: the replica, or — while a fire drill runs — the drill's throw-away copy of it
 * (ADR 0019). It wraps the replica's pool before Micronaut's transaction support does, so every transaction, store and
 * repository takes its connection here; a transaction keeps the connection it began with, so switching takes effect
 * between transactions.
 */
@Singleton
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReplicaRoute implements BeanCreatedEventListener<DataSource> {

    private volatile DataSource replica;
    private volatile DataSource drillCopy;

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource pool = event.getBean();
        if (replica != null || pool instanceof Routed) {
            return pool;
        }
        replica = pool;
        return new Routed();
    }

    /** Whether the app works on a drill's copy now. */
    public boolean onDrillCopy() {
        return drillCopy != null;
    }

    /** The replica itself, whatever the app works on: for the drill's own records and the comparison. */
    public DataSource replica() {
        return replica;
    }

    public Optional<DataSource> drillCopy() {
        return Optional.ofNullable(drillCopy);
    }

    /** New transactions run on {@code copy}; those already running finish on the replica. */
    public void toDrillCopy(DataSource copy) {
        drillCopy = copy;
    }

    /** New transactions run on the replica again. */
    public void toReplica() {
        drillCopy = null;
    }

    /**
     * Waits up to {@code atMost} until no connection of {@code pool} is lent out (the transactions that began before a
     * switch have ended); false if some still are.
     */
    public static boolean awaitIdle(DataSource pool, Duration atMost) {
        if (!(pool instanceof HikariDataSource hikari) || hikari.getHikariPoolMXBean() == null) {
            return true;
        }
        long until = System.nanoTime() + atMost.toNanos();
        while (hikari.getHikariPoolMXBean().getActiveConnections() > 0) {
            if (System.nanoTime() > until) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private DataSource current() {
        DataSource copy = drillCopy;
        return copy != null ? copy : replica;
    }

    /** The data source the app sees. */
    final class Routed implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return current().getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return current().getConnection(username, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return replica.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            replica.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            replica.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return replica.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return replica.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return iface.isInstance(this) ? iface.cast(this) : replica.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return iface.isInstance(this) || replica.isWrapperFor(iface);
        }
    }
}
