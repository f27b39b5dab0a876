package app.innkeep.standby.preflight;

import app.innkeep.standby.preflight.MasterDataPreflight.Entry;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The standby's own master data ({@code MASTER_DATA}, its repository) and the cloud's as last synced beside it
 * ({@code CLOUD_MASTER_DATA}, same columns, part of the replica of cloud data and read by hand like the rest of it).
 */
@Singleton
@Store
public class MasterDataEntries {

    private final MasterDataRows rows;
    private final Replica replica;

    MasterDataEntries(MasterDataRows rows, Replica replica) {
        this.rows = rows;
        this.replica = replica;
    }

    /** Every "kind/code" the standby has. */
    public Set<String> localKeys() {
        // One plain statement: read once per feed page, where the repository's mapping of whole rows showed.
        return new HashSet<>(
                replica.list("SELECT KIND, CODE FROM MASTER_DATA", rs -> rs.getString(1) + "/" + rs.getString(2)));
    }

    public Optional<Entry> local(String kind, String code) {
        return rows.findById(new MasterDataRow.Key(kind, code)).map(MasterDataRow::entry);
    }

    /** Every entry, by kind and code. */
    public List<Entry> local() {
        return rows.findAll().stream()
                .map(MasterDataRow::entry)
                .sorted(Comparator.comparing(Entry::kind).thenComparing(Entry::code))
                .toList();
    }

    public List<Entry> cloud() {
        return replica.list(
                "SELECT * FROM CLOUD_MASTER_DATA WHERE DELETED = FALSE ORDER BY KIND, CODE", MasterDataEntries::entry);
    }

    public boolean localIsEmpty() {
        return rows.count() == 0;
    }

    /** Creates or changes the standby's own entry. */
    public void save(Entry e, Instant now) {
        MasterDataRow row = new MasterDataRow(
                new MasterDataRow.Key(e.kind(), e.code()),
                e.description(),
                e.defaultPrice(),
                e.card(),
                e.maxOccupancy(),
                e.active(),
                now);
        if (rows.existsById(row.id())) {
            rows.update(row);
        } else {
            rows.save(row);
        }
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
