package app.innkeep.standby.preflight;

import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.event.PropertyEvent.BookingEvent;
import app.innkeep.model.event.PropertyEvent.FolioEvent;
import app.innkeep.standby.cli.SuggestedCommand;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks a desktop PMS makes before it takes the cloud's data: inventory item {@code RENT} must exist here, and
 * every inventory item, receipt type, source and room type an event uses must exist here with the same meaning. The
 * standby keeps its own master data; the cloud's is recorded beside it so the differences can be shown field by field
 * and adopted.
 */
@Singleton
public class MasterDataPreflight {

    public static final List<String> KINDS = List.of("inventory-item", "receipt-type", "source", "room-type");
    static final List<String> FIELDS = List.of("description", "defaultPrice", "card", "maxOccupancy", "active");

    private final MasterDataEntries entries;
    private final Clock clock;

    public MasterDataPreflight(MasterDataEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Why sync cannot run at all, if it cannot: {@code RENT} is missing or deactivated here. */
    public Optional<String> blockingProblem() {
        var rent = local("inventory-item", "RENT");
        if (rent.isEmpty() || !rent.get().active()) {
            return Optional.of("Inventory item RENT " + (rent.isEmpty() ? "does not exist" : "is deactivated")
                    + " on this standby, and every room night is charged to it. To adopt RENT from the cloud, use the status"
                    + " page (Master data mismatches) or run "
                    + SuggestedCommand.ADOPT.text("KIND", "inventory-item", "CODE", "RENT")
                    + "; then sync again: " + SuggestedCommand.SYNC.text());
        }
        return Optional.empty();
    }

    /** The first master-data ID the event uses that this standby lacks, as a reason to hold it. */
    public Optional<String> missingFor(PropertyEvent event) {
        return missingFor(event, (kind, code) -> local(kind, code).isPresent());
    }

    /**
     * The same, against the standby's master data as {@link #present()} read it: a feed page asks this for every event,
     * and the feed never changes the standby's own master data, so it is read once per page.
     */
    public Optional<String> missingFor(PropertyEvent event, Present present) {
        return switch (event) {
            case BookingEvent b ->
                firstMissing(
                        List.of(
                                new String[] {"source", b.booking().source()},
                                new String[] {"room-type", b.booking().roomType()}),
                        present);
            case FolioEvent f ->
                firstMissing(
                        List.<String[]>of(new String[] {
                            f.line().kind().equals("PAYMENT") ? "receipt-type" : "inventory-item",
                            f.line().code()
                        }),
                        present);
            default -> Optional.empty();
        };
    }

    private static Optional<String> firstMissing(List<String[]> uses, Present present) {
        for (String[] use : uses) {
            if (!present.has(use[0], use[1])) {
                return Optional.of(use[0] + " " + use[1] + " is not in this standby's master data; adopt it from the"
                        + " cloud: " + SuggestedCommand.ADOPT.text("KIND", use[0], "CODE", use[1]));
            }
        }
        return Optional.empty();
    }

    /** Whether the standby's own master data has an entry. */
    @FunctionalInterface
    public interface Present {
        boolean has(String kind, String code);
    }

    /** Every entry of the standby's own master data, read once. */
    public Present present() {
        java.util.Set<String> keys = entries.localKeys();
        return (kind, code) -> keys.contains(kind + "/" + code);
    }

    /** One master-data entry with the fields the two sides compare. */
    public record Entry(
            String kind,
            String code,
            String description,
            BigDecimal defaultPrice,
            Boolean card,
            Integer maxOccupancy,
            boolean active) {

        Map<String, Object> fields() {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("description", description);
            f.put(
                    "defaultPrice",
                    defaultPrice == null
                            ? null
                            : defaultPrice.stripTrailingZeros().toPlainString());
            f.put("card", card);
            f.put("maxOccupancy", maxOccupancy);
            f.put("active", active);
            return f;
        }
    }

    /** A difference between the two sides: an entry missing on one, or fields whose values differ. */
    public record Mismatch(String kind, String code, String problem, List<FieldDiff> fields) {}

    /** One field: the cloud's value and the standby's. */
    public record FieldDiff(String field, Object cloud, Object standby) {}

    public List<Mismatch> mismatches() {
        Map<String, Entry> cloud = byKey(cloudEntries());
        Map<String, Entry> local = byKey(localEntries());
        List<Mismatch> out = new ArrayList<>();
        for (var e : cloud.entrySet()) {
            Entry here = local.get(e.getKey());
            Entry there = e.getValue();
            if (here == null) {
                out.add(new Mismatch(there.kind(), there.code(), "missing on the standby", diff(there, null)));
            } else {
                List<FieldDiff> diffs = diff(there, here);
                if (!diffs.isEmpty()) {
                    out.add(new Mismatch(there.kind(), there.code(), "fields differ", diffs));
                }
            }
        }
        for (var e : local.entrySet()) {
            if (!cloud.containsKey(e.getKey())) {
                out.add(new Mismatch(
                        e.getValue().kind(), e.getValue().code(), "missing in the cloud", diff(null, e.getValue())));
            }
        }
        return out;
    }

    /**
     * Takes the cloud's value for the given fields of one entry (all fields when {@code fields} is empty), creating the
     * entry here if it is missing. Returns false when the cloud does not know the entry.
     */
    public boolean adopt(String kind, String code, List<String> fields) {
        Optional<Entry> cloud = cloudEntries().stream()
                .filter(e -> e.kind().equals(kind) && e.code().equals(code))
                .findFirst();
        if (cloud.isEmpty()) {
            return false;
        }
        Entry there = cloud.get();
        Entry here = local(kind, code).orElse(null);
        List<String> take = fields == null || fields.isEmpty() || here == null ? FIELDS : fields;
        Entry merged = new Entry(
                kind,
                code,
                take.contains("description") ? there.description() : here.description(),
                take.contains("defaultPrice") ? there.defaultPrice() : here.defaultPrice(),
                take.contains("card") ? there.card() : here.card(),
                take.contains("maxOccupancy") ? there.maxOccupancy() : here.maxOccupancy(),
                take.contains("active") ? there.active() : here.active());
        save(merged);
        return true;
    }

    /** The admin's own entry, created or changed here (the cloud is not touched). */
    public void save(Entry e) {
        entries.save(e, clock.instant());
    }

    /** Adopts every entry the cloud has: what "adopt all" does, and what a first bootstrap does for an empty standby. */
    public int adoptAll() {
        int adopted = 0;
        for (Mismatch m : mismatches()) {
            if (!m.problem().equals("missing in the cloud") && adopt(m.kind(), m.code(), List.of())) {
                adopted++;
            }
        }
        return adopted;
    }

    public boolean localIsEmpty() {
        return entries.localIsEmpty();
    }

    public List<Entry> localEntries() {
        return entries.local();
    }

    public List<Entry> cloudEntries() {
        return entries.cloud();
    }

    private Optional<Entry> local(String kind, String code) {
        return entries.local(kind, code);
    }

    private static Map<String, Entry> byKey(List<Entry> entries) {
        Map<String, Entry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.kind() + "/" + e.code(), e));
        return map;
    }

    private static List<FieldDiff> diff(Entry cloud, Entry standby) {
        List<FieldDiff> diffs = new ArrayList<>();
        for (String field : FIELDS) {
            Object c = cloud == null ? null : cloud.fields().get(field);
            Object s = standby == null ? null : standby.fields().get(field);
            if (!Objects.equals(c, s)) {
                diffs.add(new FieldDiff(field, c, s));
            }
        }
        return diffs;
    }
}
