package app.innkeep.standby.outage;

import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outage rows: at most one open at a time (a unique key on OPEN_MARK makes sure). */
@Store
@Singleton
public class Outages {

    private final Replica replica;

    public Outages(Replica replica) {
        this.replica = replica;
    }

    public Optional<Outage> open() {
        return replica.one("SELECT * FROM OUTAGE WHERE OPEN_MARK = 1", Outages::map);
    }

    public List<Outage> recent() {
        return replica.list("SELECT * FROM OUTAGE ORDER BY ID DESC FETCH FIRST 20 ROWS ONLY", Outages::map);
    }

    public Optional<Outage> byId(long id) {
        return replica.one("SELECT * FROM OUTAGE WHERE ID = ?", Outages::map, id);
    }

    public long start(Instant now, String username, String reason, Instant dataAsOf) {
        replica.update(
                "INSERT INTO OUTAGE (STARTED_AT, STARTED_BY, REASON, DATA_AS_OF, OPEN_MARK) VALUES (?, ?, ?, ?, 1)",
                now,
                username,
                reason,
                dataAsOf);
        return replica.count("SELECT ID FROM OUTAGE WHERE OPEN_MARK = 1");
    }

    public void end(long id, Instant now, String username, String note) {
        replica.update(
                "UPDATE OUTAGE SET ENDED_AT = ?, ENDED_BY = ?, END_NOTE = ?, OPEN_MARK = NULL WHERE ID = ?",
                now,
                username,
                note,
                id);
    }

    private static Outage map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Outage(
                rs.getLong("ID"),
                Replica.instant(rs, "STARTED_AT"),
                rs.getString("STARTED_BY"),
                rs.getString("REASON"),
                Replica.instant(rs, "DATA_AS_OF"),
                Replica.instant(rs, "ENDED_AT"),
                rs.getString("ENDED_BY"),
                rs.getString("END_NOTE"));
    }
}
