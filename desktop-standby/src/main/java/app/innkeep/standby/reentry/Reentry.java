package app.innkeep.standby.reentry;

import app.innkeep.model.journal.JournalChange.WalkIn;
import app.innkeep.model.json.JsonObject;
import app.innkeep.model.reentry.ClosingCheckAnswer;
import app.innkeep.model.reentry.ClosingCheckRequest;
import app.innkeep.model.reentry.ReentryAction;
import app.innkeep.model.reentry.ReentryAnswer;
import app.innkeep.model.reentry.ReentryCodec;
import app.innkeep.model.reentry.ReentryRequest;
import app.innkeep.standby.cloud.CloudClient;
import app.innkeep.standby.cloud.CloudClient.CloudRefused;
import app.innkeep.standby.cloud.CloudClient.CloudUnreachable;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries;
import app.innkeep.standby.desk.DeskRoom;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.JournalEntry;
import app.innkeep.standby.outage.Outage;
import app.innkeep.standby.outage.Outages;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.sync.SyncService;
import app.innkeep.standby.sync.SyncState;
import app.innkeep.standby.sync.SyncStates;
import io.micronaut.context.annotation.Value;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bringing the cloud up to date after an outage: the worklist of the journal's entries, each re-entered by hand,
 * skipped with a reason, or posted by the assistant (opt-in per outage) with the entry's ID as idempotency key;
 * collisions stop an entry until the auditor chooses per field; a closing check against the cloud; sign-off.
 */
@Singleton
public class Reentry {

    private static final Logger LOG = LoggerFactory.getLogger(Reentry.class);
    private static final List<String> BOOKING_FIELDS =
            List.of("arrival", "departure", "roomType", "room", "rate", "adults", "children");

    @Serdeable
    public record State(
            long outageId,
            boolean assisted,
            Instant lastRunAt,
            String lastRunMessage,
            Instant verifiedAt,
            Boolean verifiedOk,
            String verifyReport,
            Instant signedOffAt,
            String signedOffBy) {}

    @Serdeable
    public record Overview(Outage outage, State state, List<WorkItem> items, long settled, long total) {
        public boolean signedOff() {
            return state.signedOffAt() != null;
        }
    }

    /** One field of a booking changed on both sides, with both values. */
    @Serdeable
    public record FieldChoice(String field, String standby, String cloud, boolean differs, String chosen) {}

    @Serdeable
    public record Conflict(
            String bookingRef,
            String kind,
            String detail,
            String otherBooking,
            List<FieldChoice> fields,
            List<DeskRoom> freeRooms) {}

    private final Worklist worklist;
    private final Outages outages;
    private final DeskQueries desk;
    private final SyncStates states;
    private final SyncService sync;
    private final CloudClient cloud;
    private final Replica replica;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final int haltAfterPosts;
    private final AtomicInteger posts = new AtomicInteger();

    public Reentry(
            Worklist worklist,
            Outages outages,
            DeskQueries desk,
            SyncStates states,
            SyncService sync,
            CloudClient cloud,
            Replica replica,
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${innkeep.standby.reentry.halt-after-posts:0}") int haltAfterPosts) {
        this.worklist = worklist;
        this.outages = outages;
        this.desk = desk;
        this.states = states;
        this.sync = sync;
        this.cloud = cloud;
        this.replica = replica;
        this.tx = tx;
        this.clock = clock;
        this.haltAfterPosts = haltAfterPosts;
    }

    /** The last ended outage (or a given one) with its worklist; empty while none has ended. */
    public Optional<Overview> overview(Long outageId) {
        return tx.executeWrite(s -> ended(outageId).map(o -> {
            ensureState(o.id());
            List<WorkItem> items = worklist.prepare(o.id(), clock.instant());
            long settled = items.stream().filter(WorkItem::settled).count();
            return new Overview(o, state(o.id()), items, settled, items.size());
        }));
    }

    public void setAssisted(long outageId, boolean assisted) {
        tx.executeWrite(s -> {
            open(outageId);
            replica.update("UPDATE REENTRY SET ASSISTED = ? WHERE OUTAGE_ID = ?", assisted, outageId);
            return null;
        });
    }

    /** The auditor re-entered it by hand: the cloud booking (and line) it became. */
    public void markManual(String user, long outageId, String entryId, String cloudConfirmation, String cloudLineId) {
        String conf = cloudConfirmation == null ? "" : cloudConfirmation.strip();
        if (!conf.matches("[0-9]{1,20}")) {
            throw new Invalid("cloudConfirmation", "the cloud's confirmation number it became (digits)");
        }
        Long line = null;
        if (cloudLineId != null && !cloudLineId.isBlank()) {
            try {
                line = Long.parseLong(cloudLineId.strip());
            } catch (NumberFormatException e) {
                throw new Invalid("cloudLineId", "the cloud folio line number (digits), or leave it empty");
            }
        }
        Long cloudLine = line;
        tx.executeWrite(s -> {
            open(outageId);
            WorkItem item = item(outageId, entryId);
            worklist.settle(
                    entryId,
                    WorkStatus.MANUAL,
                    conf,
                    cloudLine,
                    item.entry().amount(),
                    "re-entered by hand",
                    user,
                    clock.instant());
            if (WalkIn.ACTION.equals(item.entry().action())) {
                worklist.mapDNumber(item.entry().bookingRef(), conf, clock.instant());
            }
            return null;
        });
    }

    public void skip(String user, long outageId, String entryId, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new Invalid("reason", "say why it is skipped (at most 500 characters)");
        }
        tx.executeWrite(s -> {
            open(outageId);
            item(outageId, entryId);
            worklist.settle(
                    entryId, WorkStatus.SKIPPED, null, null, null, "skipped: " + reason.strip(), user, clock.instant());
            return null;
        });
    }

    /**
     * The assistant: syncs first (so collisions are known), then posts every pending entry in journal order. An entry
     * whose booking collides stops as CONFLICT; a refusal is FAILED with the cloud's words; later entries of the same
     * booking wait behind either, unrelated ones go on. An unreachable cloud ends the run; run it again later.
     */
    public String runAssistant(String user, long outageId) {
        State state = tx.executeWrite(s -> {
            open(outageId);
            return state(outageId);
        });
        if (!state.assisted()) {
            throw new Invalid("assisted", "switch the assistant on for this outage first");
        }
        var synced = sync.sync("REENTRY");
        if (!"OK".equals(synced.result()) && !"SKIPPED".equals(synced.result())) {
            return finishRun(
                    outageId, "Not started: the sync before posting did not succeed (" + synced.message() + ")");
        }
        SyncState paired = tx.executeRead(s -> states.current()).orElseThrow();
        List<WorkItem> items = tx.executeWrite(s -> worklist.prepare(outageId, clock.instant()));
        Set<String> waiting = new HashSet<>();
        int posted = 0;
        int failed = 0;
        int conflicts = 0;
        for (WorkItem item : items) {
            if (item.settled()) {
                continue;
            }
            var e = item.entry();
            String ref = e.bookingRef();
            if (ref != null && waiting.contains(ref)) {
                continue;
            }
            Optional<String> collision = tx.executeRead(s -> unresolvedCollision(ref));
            if (item.status() == WorkStatus.CONFLICT || collision.isPresent()) {
                tx.executeWrite(s -> {
                    worklist.unsettled(
                            e.entryId(),
                            WorkStatus.CONFLICT,
                            collision.orElse(item.note()) + " — choose per field before it is posted",
                            clock.instant());
                    return null;
                });
                waiting.add(ref);
                conflicts++;
                continue;
            }
            ReentryRequest request;
            try {
                request = tx.executeRead(s -> CloudRequests.request(
                        e, choices(ref), id -> worklist.cloudLineOf(id).orElse(null)));
            } catch (Invalid invalid) {
                fail(e.entryId(), invalid.getMessage());
                waiting.add(ref);
                failed++;
                continue;
            }
            ReentryAnswer answer;
            try {
                answer = ReentryCodec.answer(cloud.postReentry(
                        paired.cloudUrl(),
                        paired.property(),
                        paired.credential(),
                        e.entryId(),
                        ReentryCodec.body(request)));
            } catch (CloudRefused refused) {
                fail(e.entryId(), "the cloud refused: " + refused.getMessage());
                if (ref != null) {
                    waiting.add(ref);
                }
                failed++;
                continue;
            } catch (CloudUnreachable unreachable) {
                return finishRun(
                        outageId,
                        "Stopped: the cloud cannot be reached (" + unreachable.getMessage() + "). Posted " + posted
                                + " before that; run it again later, nothing will be posted twice.");
            }
            haltIfAsked(e.entryId());
            record(e, request, answer, user);
            posted++;
        }
        return finishRun(
                outageId,
                "Posted " + posted + (failed > 0 ? ", " + failed + " refused by the cloud" : "")
                        + (conflicts > 0 ? ", " + conflicts + " waiting for the auditor's choice" : "") + ".");
    }

    /** The two versions of a booking that collides, field by field; for a walk-in whose room the cloud sold, rooms. */
    public Optional<Conflict> conflict(String bookingRef) {
        return tx.executeRead(s -> replica.one(
                        "SELECT KIND, DETAIL, OTHER_CONFIRMATION FROM COLLISION WHERE RESOLVED_AT IS NULL AND CONFIRMATION = ?"
                                + " AND KIND IN ('BOOKING_CHANGED_IN_CLOUD', 'ROOM_DOUBLE_BOOKED') ORDER BY ID FETCH FIRST 1 ROWS ONLY",
                        rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                        bookingRef)
                .map(c -> {
                    DeskBooking mine = desk.booking(bookingRef).orElseThrow();
                    Map<String, String> standby = fields(mine);
                    Map<String, String> other = c[0].equals("ROOM_DOUBLE_BOOKED")
                            ? desk.cloudVersion(c[2]).map(Reentry::fields).orElse(Map.of())
                            : desk.cloudVersion(bookingRef).map(Reentry::fields).orElse(Map.of());
                    Map<String, Optional<String>> chosen = choices(bookingRef);
                    List<FieldChoice> fields = new ArrayList<>();
                    for (String f : BOOKING_FIELDS) {
                        String a = standby.getOrDefault(f, "");
                        String b = other.getOrDefault(f, "");
                        fields.add(new FieldChoice(
                                f,
                                a,
                                b,
                                !a.equals(b),
                                chosen.containsKey(f) ? (chosen.get(f).isPresent() ? "STANDBY" : "CLOUD") : null));
                    }
                    List<DeskRoom> rooms = c[0].equals("ROOM_DOUBLE_BOOKED")
                            ? desk.freeRooms(mine.arrival(), mine.departure(), bookingRef).stream()
                                    .filter(r -> r.roomType().equals(mine.roomType()))
                                    // The guest is in the house: only a room ready for them.
                                    .filter(DeskRoom::ready)
                                    .toList()
                            : List.of();
                    return new Conflict(bookingRef, c[0], c[1], c[2], fields, rooms);
                }));
    }

    /**
     * The auditor's choice for a colliding booking: per field, STANDBY or CLOUD wins; for a walk-in whose room the cloud
     * sold, {@code newRoom} moves it (or keeping its room means the cloud booking is moved by hand first).
     */
    public void resolve(String user, long outageId, String bookingRef, Map<String, String> winners, String newRoom) {
        Conflict conflict = conflict(bookingRef)
                .orElseThrow(() -> new Invalid(null, "booking " + bookingRef + " has no open collision"));
        tx.executeWrite(s -> {
            open(outageId);
            Instant now = clock.instant();
            replica.update("DELETE FROM REENTRY_CHOICE WHERE BOOKING_REF = ?", bookingRef);
            if (conflict.kind().equals("ROOM_DOUBLE_BOOKED")) {
                String room = newRoom == null || newRoom.isBlank() ? null : newRoom.strip();
                if (room != null
                        && conflict.freeRooms().stream()
                                .noneMatch(r -> r.number().equals(room))) {
                    throw new Invalid("newRoom", "room " + room + " is not free for these nights");
                }
                String current = conflict.fields().stream()
                        .filter(f -> f.field().equals("room"))
                        .findFirst()
                        .map(FieldChoice::standby)
                        .orElse("");
                choose(bookingRef, "room", "STANDBY", room == null ? current : room, user, now);
            } else {
                for (FieldChoice f : conflict.fields()) {
                    if (!f.differs()) {
                        continue;
                    }
                    String winner = winners.get(f.field());
                    if (!"STANDBY".equals(winner) && !"CLOUD".equals(winner)) {
                        throw new Invalid(f.field(), "choose which side wins " + f.field());
                    }
                    choose(bookingRef, f.field(), winner, winner.equals("STANDBY") ? f.standby() : null, user, now);
                }
            }
            replica.update(
                    "UPDATE COLLISION SET RESOLVED_AT = ?, RESOLVED_BY = ? WHERE CONFIRMATION = ? AND RESOLVED_AT IS NULL"
                            + " AND KIND IN ('BOOKING_CHANGED_IN_CLOUD', 'ROOM_DOUBLE_BOOKED')",
                    now,
                    user,
                    bookingRef);
            for (WorkItem item : worklist.items(outageId)) {
                if (bookingRef.equals(item.entry().bookingRef()) && item.status() == WorkStatus.CONFLICT) {
                    worklist.unsettled(item.entry().entryId(), WorkStatus.PENDING, "resolved by " + user, now);
                }
            }
            return null;
        });
        LOG.info("Re-entry: {} resolved the collision of {} ({})", user, bookingRef, conflict.kind());
    }

    /**
     * The closing check: syncs, then asks the cloud whether every posted entry is there with its amount, and compares
     * each touched folio's balance with what the desk had (the cloud's lines other than re-entered ones, plus the
     * standby's own lines).
     */
    public boolean verify(String user, long outageId) {
        tx.executeWrite(s -> {
            open(outageId);
            return null;
        });
        var synced = sync.sync("REENTRY");
        List<String> report = new ArrayList<>();
        if (!"OK".equals(synced.result()) && !"SKIPPED".equals(synced.result())) {
            report.add("The sync before the check did not succeed: " + synced.message());
            return storeVerification(outageId, false, report);
        }
        SyncState paired = tx.executeRead(s -> states.current()).orElseThrow();
        List<WorkItem> items = tx.executeRead(s -> worklist.items(outageId));
        long open = items.stream().filter(i -> !i.settled()).count();
        if (open > 0) {
            report.add(open + " entries are not settled yet.");
        }
        List<String> ids = items.stream()
                .filter(i -> i.status() == WorkStatus.POSTED)
                .map(i -> i.entry().entryId())
                .toList();
        Map<String, String> bookings = new LinkedHashMap<>();
        for (WorkItem i : items) {
            if (i.entry().bookingRef() != null && i.cloudConfirmation() != null && i.settled()) {
                bookings.putIfAbsent(i.entry().bookingRef(), i.cloudConfirmation());
            }
        }
        ClosingCheckAnswer answer;
        try {
            var question = new ClosingCheckRequest(ids, new ArrayList<>(new LinkedHashSet<>(bookings.values())));
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = (Map<String, Object>) cloud.verifyReentry(
                    paired.cloudUrl(), paired.property(), paired.credential(), ReentryCodec.body(question));
            answer = ReentryCodec.closingCheckAnswer(new JsonObject(parsed));
        } catch (CloudRefused | CloudUnreachable e) {
            report.add("The cloud could not be asked: " + e.getMessage());
            return storeVerification(outageId, false, report);
        }
        Map<String, ClosingCheckAnswer.Entry> found = new HashMap<>();
        for (ClosingCheckAnswer.Entry entry : answer.entries()) {
            found.put(entry.entryId(), entry);
        }
        int checked = 0;
        for (WorkItem i : items) {
            if (i.status() != WorkStatus.POSTED) {
                continue;
            }
            ClosingCheckAnswer.Entry m = found.get(i.entry().entryId());
            if (m == null || !m.found()) {
                report.add("Entry " + i.entry().position() + " (" + i.entry().action() + " "
                        + i.entry().bookingRef() + ") is not in the cloud.");
            } else if (i.entry().amount() != null
                    && m.amount() != null
                    && m.amount().compareTo(i.entry().amount()) != 0) {
                report.add("Entry " + i.entry().position() + " has " + m.amount() + " in the cloud, "
                        + i.entry().amount() + " on the standby.");
            } else {
                checked++;
            }
        }
        Map<String, BigDecimal> cloudBalances = new HashMap<>();
        for (ClosingCheckAnswer.Balance b : answer.balances()) {
            if (b.balance() != null) {
                cloudBalances.put(String.valueOf(b.cloudConfirmation()), b.balance());
            }
        }
        Set<Long> reentered = new HashSet<>();
        items.stream().filter(i -> i.cloudLineId() != null).forEach(i -> reentered.add(i.cloudLineId()));
        int balances = 0;
        for (var b : bookings.entrySet()) {
            BigDecimal expected = tx.executeRead(s -> deskBalance(b.getKey(), b.getValue(), reentered));
            BigDecimal there = cloudBalances.get(b.getValue());
            if (there == null || there.compareTo(expected) != 0) {
                report.add(
                        "Folio " + b.getKey() + (b.getKey().equals(b.getValue()) ? "" : " (cloud " + b.getValue() + ")")
                                + ": the cloud's balance is " + there + ", the standby's " + expected + ".");
            } else {
                balances++;
            }
        }
        boolean ok = report.isEmpty();
        report.add(
                0,
                (ok ? "Verified: " : "Not verified: ") + checked + " posted entries found with equal amounts, "
                        + balances + " of " + bookings.size() + " folio balances equal.");
        LOG.info("Re-entry verification of outage {} by {}: {}", outageId, user, report.getFirst());
        return storeVerification(outageId, ok, report);
    }

    /** The auditor signs off a verified re-entry: the worklist becomes read-only and the desk's records retire. */
    public void signOff(String user, long outageId) {
        tx.executeWrite(s -> {
            open(outageId);
            State state = state(outageId);
            if (!Boolean.TRUE.equals(state.verifiedOk())) {
                throw new Invalid(null, "run the closing check first; sign-off needs it green");
            }
            if (worklist.items(outageId).stream().anyMatch(i -> !i.settled())) {
                throw new Invalid(null, "every entry must be settled before sign-off");
            }
            Instant now = clock.instant();
            replica.update(
                    "UPDATE REENTRY SET SIGNED_OFF_AT = ?, SIGNED_OFF_BY = ? WHERE OUTAGE_ID = ?", now, user, outageId);
            replica.update(
                    "UPDATE LOCAL_BOOKING SET RETIRED_AT = ? WHERE OUTAGE_ID = ? AND RETIRED_AT IS NULL",
                    now,
                    outageId);
            replica.update(
                    "UPDATE LOCAL_FOLIO_LINE SET RETIRED_AT = ? WHERE RETIRED_AT IS NULL AND ENTRY_ID IN"
                            + " (SELECT ENTRY_ID FROM OUTAGE_JOURNAL WHERE OUTAGE_ID = ?)",
                    now,
                    outageId);
            replica.update("UPDATE LOCAL_ROOM SET RETIRED_AT = ? WHERE RETIRED_AT IS NULL", now);
            replica.update(
                    "UPDATE COLLISION SET RESOLVED_AT = ?, RESOLVED_BY = ? WHERE RESOLVED_AT IS NULL", now, user);
            return null;
        });
        LOG.info("Re-entry of outage {} signed off by {}", outageId, user);
    }

    // ---- inside ----

    private BigDecimal deskBalance(String bookingRef, String cloudConfirmation, Set<Long> reentered) {
        BigDecimal cloudLines = BigDecimal.ZERO;
        for (var l : replica.list(
                "SELECT LINE_ID, LINE_KIND, AMOUNT FROM FOLIO_LINE WHERE CONFIRMATION = ?",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)},
                cloudConfirmation)) {
            if (!reentered.contains((Long) l[0])) {
                BigDecimal amount = (BigDecimal) l[2];
                cloudLines = cloudLines.add("PAYMENT".equals(l[1]) ? amount.negate() : amount);
            }
        }
        BigDecimal local = replica.one(
                        "SELECT COALESCE(SUM(CASE WHEN LINE_KIND = 'PAYMENT' THEN -AMOUNT ELSE AMOUNT END), 0)"
                                + " FROM LOCAL_FOLIO_LINE WHERE CONFIRMATION = ? AND RETIRED_AT IS NULL",
                        rs -> rs.getBigDecimal(1),
                        bookingRef)
                .orElse(BigDecimal.ZERO);
        return cloudLines.add(local);
    }

    private void record(JournalEntry e, ReentryRequest request, ReentryAnswer answer, String user) {
        tx.executeWrite(s -> {
            Instant now = clock.instant();
            worklist.settle(
                    e.entryId(),
                    WorkStatus.POSTED,
                    answer.cloudConfirmation(),
                    answer.lineId(),
                    answer.amount(),
                    answer.replayed() ? "posted (the cloud already had it)" : "posted",
                    user,
                    now);
            if (request.action() == ReentryAction.WALK_IN && answer.cloudConfirmation() != null) {
                worklist.mapDNumber(e.bookingRef(), answer.cloudConfirmation(), now);
            }
            return null;
        });
    }

    /** Fault injection for the crash tests: the process dies right after the cloud took a post, before it is recorded. */
    private void haltIfAsked(String entryId) {
        if (haltAfterPosts > 0 && posts.incrementAndGet() >= haltAfterPosts) {
            LOG.error(
                    "innkeep.standby.reentry.halt-after-posts={} reached at entry {}: halting now",
                    haltAfterPosts,
                    entryId);
            Runtime.getRuntime().halt(3);
        }
    }

    private void fail(String entryId, String why) {
        LOG.warn("Re-entry of entry {} not done: {}", entryId, why);
        tx.executeWrite(s -> {
            worklist.unsettled(entryId, WorkStatus.FAILED, why, clock.instant());
            return null;
        });
    }

    private String finishRun(long outageId, String message) {
        tx.executeWrite(s -> replica.update(
                "UPDATE REENTRY SET LAST_RUN_AT = ?, LAST_RUN_MESSAGE = ? WHERE OUTAGE_ID = ?",
                clock.instant(),
                message,
                outageId));
        LOG.info("Re-entry assistant, outage {}: {}", outageId, message);
        return message;
    }

    private boolean storeVerification(long outageId, boolean ok, List<String> report) {
        String text = String.join("\n", report);
        tx.executeWrite(s -> replica.update(
                "UPDATE REENTRY SET VERIFIED_AT = ?, VERIFIED_OK = ?, VERIFY_REPORT = ? WHERE OUTAGE_ID = ?",
                clock.instant(),
                ok,
                text.length() > 16000 ? text.substring(0, 16000) : text,
                outageId));
        return ok;
    }

    private Optional<String> unresolvedCollision(String bookingRef) {
        if (bookingRef == null) {
            return Optional.empty();
        }
        return replica.one(
                "SELECT DETAIL FROM COLLISION WHERE RESOLVED_AT IS NULL AND CONFIRMATION = ?"
                        + " AND KIND IN ('BOOKING_CHANGED_IN_CLOUD', 'ROOM_DOUBLE_BOOKED') FETCH FIRST 1 ROWS ONLY",
                rs -> rs.getString(1),
                bookingRef);
    }

    /** field → Optional(the standby's value to send) or empty when the cloud wins. */
    private Map<String, Optional<String>> choices(String bookingRef) {
        Map<String, Optional<String>> out = new HashMap<>();
        if (bookingRef == null) {
            return out;
        }
        for (String[] c : replica.list(
                "SELECT FIELD, WINNER, CHOSEN_VALUE FROM REENTRY_CHOICE WHERE BOOKING_REF = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                bookingRef)) {
            out.put(c[0], c[1].equals("CLOUD") ? Optional.empty() : Optional.ofNullable(c[2]));
        }
        return out;
    }

    private void choose(String bookingRef, String field, String winner, String value, String user, Instant now) {
        replica.update(
                "INSERT INTO REENTRY_CHOICE (BOOKING_REF, FIELD, WINNER, CHOSEN_VALUE, CHOSEN_BY, CHOSEN_AT) VALUES (?, ?, ?, ?, ?, ?)",
                bookingRef,
                field,
                winner,
                value,
                user,
                now);
    }

    private static Map<String, String> fields(DeskBooking b) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("arrival", String.valueOf(b.arrival()));
        m.put("departure", String.valueOf(b.departure()));
        m.put("roomType", b.roomType());
        m.put("room", b.room() == null ? "" : b.room());
        m.put("rate", b.rate().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        m.put("adults", String.valueOf(b.adults()));
        m.put("children", String.valueOf(b.children()));
        return m;
    }

    private Optional<Outage> ended(Long outageId) {
        if (outageId != null) {
            return outages.byId(outageId).filter(o -> !o.open());
        }
        return outages.recent().stream().filter(o -> !o.open()).findFirst();
    }

    private void ensureState(long outageId) {
        if (replica.count("SELECT COUNT(*) FROM REENTRY WHERE OUTAGE_ID = ?", outageId) == 0) {
            replica.update("INSERT INTO REENTRY (OUTAGE_ID) VALUES (?)", outageId);
        }
    }

    /** An ended outage whose re-entry is not signed off: the only kind that can still change. */
    private void open(long outageId) {
        Outage o = outages.byId(outageId).orElseThrow(() -> new Invalid(null, "there is no outage " + outageId));
        if (o.open()) {
            throw new Invalid(null, "end outage mode first: re-entry starts when the cloud works again");
        }
        ensureState(outageId);
        if (state(outageId).signedOffAt() != null) {
            throw new Invalid(null, "this re-entry is signed off; its worklist is read-only");
        }
    }

    private WorkItem item(long outageId, String entryId) {
        worklist.prepare(outageId, clock.instant());
        return worklist.item(outageId, entryId)
                .orElseThrow(() -> new Invalid("entryId", "outage " + outageId + " has no entry " + entryId));
    }

    private State state(long outageId) {
        return replica.one(
                        "SELECT * FROM REENTRY WHERE OUTAGE_ID = ?",
                        rs -> new State(
                                outageId,
                                rs.getBoolean("ASSISTED"),
                                Replica.instant(rs, "LAST_RUN_AT"),
                                rs.getString("LAST_RUN_MESSAGE"),
                                Replica.instant(rs, "VERIFIED_AT"),
                                (Boolean) rs.getObject("VERIFIED_OK"),
                                rs.getString("VERIFY_REPORT"),
                                Replica.instant(rs, "SIGNED_OFF_AT"),
                                rs.getString("SIGNED_OFF_BY")),
                        outageId)
                .orElseThrow();
    }
}
