package app.innkeep.cloud.groups;

import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.reports.DowntimePack;
import app.innkeep.reports.ReportHeader;
import app.innkeep.reports.Reports;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A group's per-location report: the downtime pack of one of its properties for the property's current business date,
 * printed by the cloud from its own data with the same report the standby prints hourly (arrivals, in house,
 * departures, room status, balances). Read in one short transaction; the PDF is made without holding a connection.
 */
@Singleton
public class PrintingDowntimePack {

    /** The PDF and the name to save it under. */
    public record Printed(String fileName, byte[] pdf) {}

    private final GroupService groups;
    private final DowntimePackRows rows;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final Reports reports = new Reports();

    public PrintingDowntimePack(
            GroupService groups, DowntimePackRows rows, TransactionOperations<Connection> tx, Clock clock) {
        this.groups = groups;
        this.rows = rows;
        this.tx = tx;
        this.clock = clock;
    }

    public Printed print(Caller caller, String groupCode, String propertyCode) {
        Instant now = clock.instant();
        Read read = tx.executeRead(status -> {
            PropertyRow property = groups.member(caller, groupCode, propertyCode);
            LocalDate date = property.businessDate();
            ReportHeader header = new ReportHeader(
                    property.code(),
                    property.name(),
                    "Downtime pack",
                    "Business date " + date,
                    now,
                    // The cloud prints from the data itself: it is as of the moment of printing.
                    now,
                    ZoneId.of(property.timeZone()));
            long id = property.id();
            return new Read(
                    "downtime-pack-" + property.code() + "-" + date + ".pdf",
                    new DowntimePack(
                            header,
                            property.currency(),
                            rows.arrivals(id, date),
                            rows.inHouse(id),
                            rows.departures(id, date),
                            rows.rooms(id),
                            rows.owing(id)));
        });
        return new Printed(read.fileName(), reports.downtimePackPdf(read.pack()));
    }

    private record Read(String fileName, DowntimePack pack) {}
}
