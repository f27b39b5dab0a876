package app.innkeep.standby.outage;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outage rows: at most one open at a time (a unique key on OPEN_MARK makes sure). In the caller's transaction. */
@Singleton
public class Outages {

    private final OutageRows rows;

    Outages(OutageRows rows) {
        this.rows = rows;
    }

    public Optional<Outage> open() {
        return rows.findByOpenMark(OutageRow.OPEN).map(OutageRow::outage);
    }

    /** The last 20 outages, newest first. */
    public List<Outage> recent() {
        return rows.findTop20OrderByIdDesc().stream().map(OutageRow::outage).toList();
    }

    public Optional<Outage> byId(long id) {
        return rows.findById(id).map(OutageRow::outage);
    }

    public long start(Instant now, String username, String reason, Instant dataAsOf) {
        return rows.save(new OutageRow(null, now, username, reason, dataAsOf, null, null, null, OutageRow.OPEN))
                .id();
    }

    public void end(long id, Instant now, String username, String note) {
        rows.update(id, now, username, note, null);
    }
}
