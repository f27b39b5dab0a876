package app.innkeep.cloud.masterdata;

import app.innkeep.cloud.problem.Problem;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The coded master data of all properties (Micronaut Data, ADR 0015). */
@Singleton
public class MasterCodes {

    private final MasterCodeTable table;

    public MasterCodes(MasterCodeTable table) {
        this.table = table;
    }

    public List<MasterCodeRow> list(long propertyId, MasterDataKind kind) {
        return table.ofKind(propertyId, kind).stream()
                .map(MasterCodeTableRow::entry)
                .toList();
    }

    public Optional<MasterCodeRow> find(long propertyId, MasterDataKind kind, String code) {
        return table.findById(new MasterCodeTableRow.Key(propertyId, kind, code))
                .map(MasterCodeTableRow::entry);
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
        table.save(MasterCodeTableRow.of(row, now));
    }

    public void update(MasterCodeRow row, Instant now) {
        table.update(MasterCodeTableRow.of(row, now));
    }

    public void delete(long propertyId, MasterDataKind kind, String code) {
        table.deleteById(new MasterCodeTableRow.Key(propertyId, kind, code));
    }

    /** How many bookings, folio lines or rooms refer to the code: a code in use is deactivated, never deleted. */
    public long usages(long propertyId, MasterDataKind kind, String code) {
        return switch (kind) {
            case INVENTORY_ITEM -> table.folioLinesWith(propertyId, "CHARGE", code);
            case RECEIPT_TYPE -> table.folioLinesWith(propertyId, "PAYMENT", code);
            case SOURCE -> table.bookingsFromSource(propertyId, code);
            case ROOM_TYPE -> table.bookingsOfRoomType(propertyId, code) + table.roomsOfRoomType(propertyId, code);
        };
    }
}
