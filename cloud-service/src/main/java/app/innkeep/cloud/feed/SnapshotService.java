package app.innkeep.cloud.feed;

import app.innkeep.cloud.letters.LetterTemplateRow;
import app.innkeep.cloud.letters.LetterTemplates;
import app.innkeep.cloud.masterdata.MasterCodeRow;
import app.innkeep.cloud.masterdata.MasterCodes;
import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.outbox.FeedEvents;
import app.innkeep.cloud.pairing.DeviceAccess;
import app.innkeep.cloud.pairing.Devices;
import app.innkeep.cloud.pairing.StandbyVersions;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.room.RoomRow;
import app.innkeep.cloud.room.Rooms;
import app.innkeep.cloud.standbydata.StandbyDataChoice;
import app.innkeep.cloud.standbydata.StandbyDataService;
import app.innkeep.model.event.PropertyEvent.LetterTemplateChanged;
import app.innkeep.model.event.PropertyEvent.MasterDataChanged;
import app.innkeep.model.snapshot.SnapshotCodec;
import app.innkeep.model.snapshot.SnapshotLine;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A consistent point-in-time export of what a standby needs to start from, stamped with the feed sequence it
 * matches. It is read inside one transaction (PostgreSQL: a repeatable-read snapshot; Derby: the property row locked
 * against writers) and sent as it is read (ADR 0014): the header with the counts first, then the rows, through a
 * bounded {@link SnapshotPipe}, so memory stays bounded whatever the hotel's size and the standby starts writing while
 * the cloud still reads.
 */
@Singleton
public class SnapshotService {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotService.class);

    /**
     * What may wait between the database and the line: 64 pieces of 64 KB, 4 MB, which holds a 1,000-room year
     * gzipped (about 1.1 MB) whole, so the reading transaction (on Derby, a lock on the property row against its
     * writers) ends when the rows are read, however slow the standby's line.
     */
    private static final int PIPE_CHUNKS = 64;

    private static final int PIPE_CHUNK_BYTES = 64 * 1024;

    /** How long a snapshot waits for its turn when as many as allowed are being read; then a 503 to retry. */
    private static final Duration WAIT_FOR_A_TURN = Duration.ofSeconds(20);

    /** A standby that reads nothing for this long has gone: the snapshot stops and its transaction ends. */
    private static final Duration STALL = Duration.ofMinutes(2);

    private final DeviceAccess devices;
    private final Devices deviceRows;
    private final StandbyVersions versions;
    private final Properties properties;
    private final MasterCodes codes;
    private final Rooms rooms;
    private final LetterTemplates letters;
    private final FeedEvents events;
    private final SnapshotRows rows;
    private final StandbyDataService standbyData;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final Semaphore reading;

    public SnapshotService(
            DeviceAccess devices,
            Devices deviceRows,
            StandbyVersions versions,
            Properties properties,
            MasterCodes codes,
            Rooms rooms,
            LetterTemplates letters,
            FeedEvents events,
            SnapshotRows rows,
            StandbyDataService standbyData,
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${innkeep.snapshot.concurrent-reads:4}") int concurrentReads) {
        this.devices = devices;
        this.deviceRows = deviceRows;
        this.versions = versions;
        this.properties = properties;
        this.codes = codes;
        this.rooms = rooms;
        this.letters = letters;
        this.events = events;
        this.rows = rows;
        this.standbyData = standbyData;
        this.tx = tx;
        this.clock = clock;
        this.reading = new Semaphore(Math.max(1, concurrentReads));
    }

    /**
     * Starts the snapshot and returns what to send: it is read on a thread of its own and flows through a pipe as it is
     * read. Returns once the header is on its way; whatever fails before that (a refused credential, an unknown
     * property, the database) is thrown here, for the request's answer; a failure after it cuts the answer off, which
     * the standby takes as a broken download. With {@code gzip} it is gzip-compressed (JSON lines shrink about
     * tenfold), to be sent with {@code Content-Encoding: gzip}. The letter templates are in it only when the standby
     * asks for them ({@code withLetters}): a standby older than them refuses a snapshot with a section it does not know
     * (ADR 0018). With {@code countsAtEnd} (a standby that writes the snapshot as it arrives asks for it) the header
     * counts only the small sections and the end line all of them, so the first rows go without counting the large
     * ones first; without it the header counts everything, as standbys older than it check. What the property lets its
     * standby keep (issue 18) bounds it: no more days of history than chosen, whatever is asked, and no contact
     * details or notes when they are left out. {@code standbyVersion} is the standby's version header as sent (null
     * when none), kept on its device when it changed.
     */
    public InputStream export(
            String authorization,
            String standbyVersion,
            String propertyCode,
            Integer historyDays,
            boolean gzip,
            boolean withLetters,
            boolean countsAtEnd) {
        if (historyDays != null && (historyDays < 0 || historyDays > 3660)) {
            throw Problem.invalid("historyDays", "must be between 0 and 3660");
        }
        var device = tx.executeRead(status -> devices.require(authorization, propertyCode));
        tx.executeWrite(status -> {
            deviceRows.seen(device.device().id(), clock.instant(), 0);
            versions.heard(device.device().id(), device.device().standbyVersion(), standbyVersion);
            return null;
        });
        // Each snapshot being read holds a database connection: a few at a time, so that the desk's and the feed's
        // work always finds one.
        try {
            if (!reading.tryAcquire(WAIT_FOR_A_TURN.toMillis(), TimeUnit.MILLISECONDS)) {
                throw Problem.busy("the cloud is sending as many snapshots as it sends at once; try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problem.busy("interrupted while waiting to send the snapshot; try again shortly");
        }
        SnapshotPipe pipe = new SnapshotPipe(PIPE_CHUNKS, PIPE_CHUNK_BYTES, STALL);
        Thread.ofVirtual().name("snapshot-" + propertyCode).start(() -> {
            try {
                tx.executeWrite(status -> {
                    rows.beginConsistentRead(device.property().id());
                    PropertyRow property =
                            properties.byId(device.property().id()).orElseThrow();
                    StandbyDataChoice choice = standbyData.choiceOf(property.id());
                    int chosenDays = choice.choices().historyDays();
                    // Never chosen (version 0): a standby may still ask for more than the default, as before the
                    // choice.
                    int days = historyDays == null
                            ? chosenDays
                            : choice.version() == 0 ? historyDays : Math.min(historyDays, chosenDays);
                    write(
                            property,
                            property.businessDate().minusDays(days),
                            choice,
                            pipe,
                            gzip,
                            withLetters,
                            countsAtEnd);
                    return null;
                });
                pipe.finish();
            } catch (RuntimeException | IOException | Error e) {
                LOG.warn(
                        "Snapshot of {} for device {} failed: {}",
                        propertyCode,
                        device.device().id(),
                        e.toString());
                pipe.fail(e);
            } finally {
                reading.release();
            }
        });
        pipe.awaitStart();
        return pipe.input();
    }

    /**
     * The header, then the rows as they are read, counted as they go, then the end line with every count. Unless
     * {@code countsAtEnd}, the header counts the bookings and folio lines too (two counting queries in the same
     * consistent read; about 0.2–0.5 s for a 1,000-room year on Derby), and a count that differs from the rows ends the
     * snapshot without its end line, which the standby refuses.
     */
    private void write(
            PropertyRow property,
            LocalDate historyFrom,
            StandbyDataChoice choice,
            SnapshotPipe pipe,
            boolean gzip,
            boolean withLetters,
            boolean countsAtEnd) {
        var kept = choice.kept();
        long started = System.nanoTime();
        long sequence = events.head(property.id());
        Map<String, Long> counts = new LinkedHashMap<>();
        List<MasterCodeRow> master = new java.util.ArrayList<>();
        for (MasterDataKind kind : MasterDataKind.values()) {
            master.addAll(codes.list(property.id(), kind));
        }
        List<RoomRow> roomRows = rooms.list(property.id());
        counts.put("masterData", (long) master.size());
        counts.put("rooms", (long) roomRows.size());
        List<LetterTemplateRow> letterRows = withLetters ? letters.list(property.id()) : List.of();
        if (withLetters) {
            counts.put("letterTemplates", (long) letterRows.size());
        }
        Map<String, Long> headerCounts = new LinkedHashMap<>(counts);
        if (!countsAtEnd) {
            headerCounts.put("bookings", rows.countBookings(property.id(), historyFrom));
            headerCounts.put("folioLines", rows.countFolioLines(property.id(), historyFrom));
        }
        try (BufferedWriter out = new BufferedWriter(
                new OutputStreamWriter(gzip ? fastGzip(pipe.output()) : pipe.output(), StandardCharsets.UTF_8),
                64 * 1024)) {
            line(
                    out,
                    new SnapshotLine.Header(
                            property.code(),
                            property.name(),
                            property.timeZone(),
                            property.currency(),
                            property.businessDate(),
                            sequence,
                            clock.instant(),
                            historyFrom,
                            headerCounts,
                            kept));
            // The header reaches the standby at once (gzip flushes what it holds): its counts show while rows follow.
            out.flush();
            pipe.started();
            for (MasterCodeRow m : master) {
                line(
                        out,
                        new SnapshotLine.MasterData(new MasterDataChanged(
                                m.kind().wireName(),
                                m.code(),
                                m.description(),
                                m.defaultPrice(),
                                m.kind() == MasterDataKind.RECEIPT_TYPE ? m.card() : null,
                                m.maxOccupancy(),
                                null,
                                m.active(),
                                false)));
            }
            for (RoomRow r : roomRows) {
                line(
                        out,
                        new SnapshotLine.Room(
                                r.number(), r.roomType(), r.housekeeping().name(), r.outOfOrder(), r.active()));
            }
            for (LetterTemplateRow t : letterRows) {
                line(
                        out,
                        new SnapshotLine.LetterTemplate(
                                new LetterTemplateChanged(t.name(), t.title(), t.body(), false)));
            }
            long[] written = new long[2];
            rows.forEachBooking(property.id(), historyFrom, b -> {
                line(out, new SnapshotLine.Booking(kept.keptOf(b)));
                written[0]++;
            });
            rows.forEachFolioLine(property.id(), historyFrom, l -> {
                line(out, new SnapshotLine.FolioLine(l));
                written[1]++;
            });
            counts.put("bookings", written[0]);
            counts.put("folioLines", written[1]);
            if (!countsAtEnd && !counts.equals(headerCounts)) {
                throw new IllegalStateException(
                        "the snapshot of " + property.code() + " read " + counts + ", its header said " + headerCounts);
            }
            line(out, new SnapshotLine.End(counts));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send the snapshot of " + property.code(), e);
        }
        LOG.info(
                "Snapshot of {} at sequence {}: {} master data, {} rooms, {} bookings, {} folio lines in {} ms",
                property.code(),
                sequence,
                counts.get("masterData"),
                counts.get("rooms"),
                counts.get("bookings"),
                counts.get("folioLines"),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Gzip at its fastest level: JSON lines still shrink about tenfold, in a fraction of the default level's time, which
     * a bootstrap waits for. A flush sends what the compressor holds (used once, after the header).
     */
    private static OutputStream fastGzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 64 * 1024, true) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        };
    }

    private static void line(BufferedWriter out, SnapshotLine line) {
        try {
            out.write(SnapshotCodec.encode(line));
            out.write("\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send the snapshot", e);
        }
    }
}
