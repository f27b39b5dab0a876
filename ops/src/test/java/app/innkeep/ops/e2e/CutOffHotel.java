package app.innkeep.ops.e2e;

import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.LargeReplica;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

/**
 * A standby whose cloud is out of reach, holding a property written straight into its replica ({@link LargeReplica}):
 * a few seconds to set up, where booking hundreds of guests through the cloud would take minutes. The night-audit tests
 * need nothing of the cloud but what it had sent before the line was cut.
 */
final class CutOffHotel {

    static final Map<String, String> QUIET = Map.of(
            "INNKEEP_STANDBY_SYNC_ENABLED", "false",
            "INNKEEP_STANDBY_BACKUP_ENABLED", "false");

    private CutOffHotel() {}

    /** Creates the replica (one start of the standby), then writes the property and the RENT item into it. */
    static LargeReplica.Seeded prepare(String name, Path data, LocalDate businessDate, int rooms, int bookings)
            throws SQLException {
        try (AppProcess first = DemoCloud.startStandby(name + "-first-start", data, QUIET)) {
            // Started once so the replica, its key and its tables exist.
        }
        try (Connection c = LargeReplica.open(data)) {
            LargeReplica.pretendPaired(c, businessDate);
            try (PreparedStatement bootstrapped = c.prepareStatement(
                    "UPDATE SYNC_STATE SET BOOTSTRAPPED_AT = CURRENT_TIMESTAMP, SNAPSHOT_AT = CURRENT_TIMESTAMP,"
                            + " LAST_PULL_AT = CURRENT_TIMESTAMP")) {
                bootstrapped.executeUpdate();
            }
            try (PreparedStatement rent = c.prepareStatement("INSERT INTO MASTER_DATA (KIND, CODE, DESCRIPTION,"
                    + " DEFAULT_PRICE, CARD, ACTIVE, UPDATED_AT) VALUES ('inventory-item', 'RENT', 'Room night', NULL,"
                    + " NULL, TRUE, CURRENT_TIMESTAMP)")) {
                rent.executeUpdate();
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return LargeReplica.seed(c, businessDate, rooms, bookings);
        } finally {
            LargeReplica.close(data);
        }
    }
}
