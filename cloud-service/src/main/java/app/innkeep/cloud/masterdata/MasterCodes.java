package app.innkeep.cloud.masterdata;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import app.innkeep.cloud.problem.Problem;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The coded master data of all properties. */
@Store
@Singleton
public class MasterCodes {

    private static final String SELECT =
            "SELECT PROPERTY_ID, KIND, CODE, DESCRIPTION, DEFAULT_PRICE, CARD, MAX_OCCUPANCY, ACTIVE FROM MASTER_CODE";

    private final Db db;

    public MasterCodes(Db db) {
        this.db = db;
    }

    public List<MasterCodeRow> list(long propertyId, MasterDataKind kind) {
        return db.list(
                SELECT + " WHERE PROPERTY_ID = ? AND KIND = ? ORDER BY CODE", MasterCodes::map, propertyId, kind);
    }

    public Optional<MasterCodeRow> find(long propertyId, MasterDataKind kind, String code) {
        return db.one(
                SELECT + " WHERE PROPERTY_ID = ? AND KIND = ? AND CODE = ?", MasterCodes::map, propertyId, kind, code);
    }

    /** The active entry the field names, or a 400 problem that names the field and the missing code. */
    public MasterCodeRow requireActive(long propertyId, MasterDataKind kind, String code, String field) {
        if (code == null) {
            throw Problem.invalid(field, "is required");
        }
        MasterCodeRow row = find(propertyId, kind, code)
                .orElseThrow(() -> Problem.invalid(field, "unknown " + kind.label() + " " + code));
        if (!row.active()) {
            throw Problem.invalid(field, kind.label() + " " + code + " is deactivated");
        }
        return row;
    }

    public void insert(MasterCodeRow row, Instant now) {
        db.update(
                "INSERT INTO MASTER_CODE (PROPERTY_ID, KIND, CODE, DESCRIPTION, DEFAULT_PRICE, CARD, MAX_OCCUPANCY, ACTIVE, UPDATED_AT)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.propertyId(),
                row.kind(),
                row.code(),
                row.description(),
                row.defaultPrice(),
                row.card(),
                row.maxOccupancy(),
                row.active(),
                now);
    }

    public void update(MasterCodeRow row, Instant now) {
        db.update(
                "UPDATE MASTER_CODE SET DESCRIPTION = ?, DEFAULT_PRICE = ?, CARD = ?, MAX_OCCUPANCY = ?, ACTIVE = ?, UPDATED_AT = ?"
                        + " WHERE PROPERTY_ID = ? AND KIND = ? AND CODE = ?",
                row.description(),
                row.defaultPrice(),
                row.card(),
                row.maxOccupancy(),
                row.active(),
                now,
                row.propertyId(),
                row.kind(),
                row.code());
    }

    public void delete(long propertyId, MasterDataKind kind, String code) {
        db.update("DELETE FROM MASTER_CODE WHERE PROPERTY_ID = ? AND KIND = ? AND CODE = ?", propertyId, kind, code);
    }

    /** How many bookings, folio lines or rooms refer to the code: a code in use is deactivated, never deleted. */
    public long usages(long propertyId, MasterDataKind kind, String code) {
        return switch (kind) {
            case INVENTORY_ITEM ->
                db.count(
                        "SELECT COUNT(*) FROM FOLIO_LINE WHERE PROPERTY_ID = ? AND LINE_KIND = 'CHARGE' AND CODE = ?",
                        propertyId,
                        code);
            case RECEIPT_TYPE ->
                db.count(
                        "SELECT COUNT(*) FROM FOLIO_LINE WHERE PROPERTY_ID = ? AND LINE_KIND = 'PAYMENT' AND CODE = ?",
                        propertyId,
                        code);
            case SOURCE ->
                db.count("SELECT COUNT(*) FROM BOOKING WHERE PROPERTY_ID = ? AND SOURCE_CODE = ?", propertyId, code);
            case ROOM_TYPE ->
                db.count("SELECT COUNT(*) FROM BOOKING WHERE PROPERTY_ID = ? AND ROOM_TYPE = ?", propertyId, code)
                        + db.count(
                                "SELECT COUNT(*) FROM ROOM WHERE PROPERTY_ID = ? AND ROOM_TYPE = ?", propertyId, code);
        };
    }

    static MasterCodeRow map(ResultSet rs) throws SQLException {
        return new MasterCodeRow(
                rs.getLong("PROPERTY_ID"),
                MasterDataKind.valueOf(rs.getString("KIND")),
                rs.getString("CODE"),
                rs.getString("DESCRIPTION"),
                rs.getBigDecimal("DEFAULT_PRICE"),
                rs.getBoolean("CARD"),
                Db.nullableInt(rs, "MAX_OCCUPANCY"),
                rs.getBoolean("ACTIVE"));
    }
}
