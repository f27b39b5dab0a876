package app.innkeep.cloud.reentry;

import app.innkeep.model.reentry.ReentryAction;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Re-entered standby journal entries, one per property and entry id (Micronaut Data, ADR 0015). */
@Singleton
public class ReentryEntries {

    /** A recorded entry: what it was and what it became in the cloud. */
    public record EntryRow(
            long propertyId,
            String entryId,
            ReentryAction action,
            String bookingRef,
            String cloudConfirmation,
            Long lineId,
            BigDecimal amount,
            Instant originalAt,
            LocalDate businessDate,
            String enteredBy,
            long deviceId,
            Instant recordedAt) {}

    /** Entry ids per query: well below any driver's parameter limit. */
    private static final int CHUNK = 500;

    private final ReentryEntryTable table;

    public ReentryEntries(ReentryEntryTable table) {
        this.table = table;
    }

    public Optional<EntryRow> find(long propertyId, String entryId) {
        return table.findById(new ReentryEntryTableRow.Key(propertyId, entryId)).map(ReentryEntryTableRow::entry);
    }

    /** The entries among {@code entryIds} that were recorded, in no particular order. */
    public List<EntryRow> findAll(long propertyId, List<String> entryIds) {
        List<EntryRow> found = new ArrayList<>();
        for (int from = 0; from < entryIds.size(); from += CHUNK) {
            List<String> chunk = entryIds.subList(from, Math.min(entryIds.size(), from + CHUNK));
            table.among(propertyId, chunk).stream()
                    .map(ReentryEntryTableRow::entry)
                    .forEach(found::add);
        }
        return found;
    }

    /** Fails with {@code Db.ConstraintViolated} when the entry was recorded first by a concurrent request. */
    public void insert(EntryRow e) {
        table.save(ReentryEntryTableRow.of(e));
    }
}
