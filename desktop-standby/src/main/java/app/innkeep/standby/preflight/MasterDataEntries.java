package app.innkeep.standby.preflight;

import app.innkeep.standby.preflight.MasterDataPreflight.Entry;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The standby's own master data ({@code MASTER_DATA}) and the cloud's as last synced beside it
 * ({@code CLOUD_MASTER_DATA}, same columns).
 */
@Singleton
@Store
public class MasterDataEntries {

    private final Replica replica;

    public MasterDataEntries(Replica replica) {
        this.replica = replica;
    }

    /** Every "kind/code" the standby has. */
    public Set<String> localKeys() {
        return new HashSet<>(
                replica.list("SELECT KIND, CODE FROM MASTER_DATA", rs -> rs.getString(1) + "/" + rs.getString(2)));
    }

    public Optional<Entry> local(String kind, String code) {
        return replica.one(
                "SELECT * FROM MASTER_DATA WHERE KIND = ? AND CODE = ?", MasterDataEntries::entry, kind, code);
    }

    public List<Entry> local() {
        return replica.list("SELECT * FROM MASTER_DATA ORDER BY KIND, CODE", MasterDataEntries::entry);
    }

    public List<Entry> cloud() {
        return replica.list(
                "SELECT * FROM CLOUD_MASTER_DATA WHERE DELETED = FALSE ORDER BY KIND, CODE", MasterDataEntries::entry);
    }

    public boolean localIsEmpty() {
        return replica.count("SELECT COUNT(*) FROM MASTER_DATA") == 0;
    }

    /** Creates or changes the standby's own entry. */
    public void save(Entry e, Instant now) {
        replica.upsert(
                "MASTER_DATA",
                Replica.columns("KIND", e.kind(), "CODE", e.code()),
                Replica.columns(
                        "DESCRIPTION",
                        e.description(),
                        "DEFAULT_PRICE",
                        e.defaultPrice(),
                        "CARD",
                        e.card(),
                        "MAX_OCCUPANCY",
                        e.maxOccupancy(),
                        "ACTIVE",
                        e.active(),
                        "UPDATED_AT",
                        now));
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(
                rs.getString("KIND"),
                rs.getString("CODE"),
                rs.getString("DESCRIPTION"),
                rs.getBigDecimal("DEFAULT_PRICE"),
                (Boolean) rs.getObject("CARD"),
                (Integer) rs.getObject("MAX_OCCUPANCY"),
                rs.getBoolean("ACTIVE"));
    }
}
