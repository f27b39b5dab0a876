package app.innkeep.standby.sync;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.LetterTemplate;
import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.EventEnvelope;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.event.PropertyEvent.LetterTemplateChanged;
import app.innkeep.model.json.Json;
import app.innkeep.model.snapshot.SnapshotCodec;
import app.innkeep.model.snapshot.SnapshotLine;
import app.innkeep.standby.reporting.LetterTemplates;
import app.innkeep.standby.reporting.LetterTemplates.Letter;
import app.innkeep.standby.reporting.Printouts;
import app.innkeep.standby.support.InTransaction;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.StandbyHotel;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The letters are kept in the cloud and reach the standby's real encrypted replica through the feed and the snapshot:
 * what the cloud sent is what the desk prints (PDF read back as text), a letter in a newer schema is held with its
 * reason, and a snapshot replaces the letters only when it carries some.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LetterTemplateSyncIT {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final Instant CHANGED_AT = Instant.parse("2026-11-23T09:30:00Z");

    ApplicationContext context;
    ReplicaApplier applier;
    ReplicaReplacement replacement;
    LetterTemplates letters;
    Printouts printouts;
    InTransaction tx;
    Path dir;

    @BeforeAll
    void start() throws IOException {
        context = StandbyContext.start();
        StandbyHotel.seaside(context, TODAY)
                .roomType("STD", "Standard", "89.00")
                .rooms("STD", "101")
                .booking(StandbyHotel.reserved("100042").inRoom("101"))
                .booking(StandbyHotel.reserved("100043").cancelled());
        applier = context.getBean(ReplicaApplier.class);
        replacement = context.getBean(ReplicaReplacement.class);
        letters = context.getBean(LetterTemplates.class);
        printouts = context.getBean(Printouts.class);
        tx = InTransaction.of(context);
        dir = Files.createTempDirectory("letters-sync");
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void beforeTheCloudSendsALetterTheStandbyPrintsTheStandardText() throws IOException {
        Letter receipt = letters.find("receipt").orElseThrow();

        assertThat(receipt.fromCloud()).isFalse();
        assertThat(receipt.body()).isEqualTo(LetterTemplate.standard("receipt").body());
        assertThat(letters.all()).extracting(Letter::name).contains("cancellation", "confirmation", "receipt");
        assertThat(pdfText(printouts.receipt("100042", "Jürgen Weiß").orElseThrow()))
                .contains("Dear Maria Gonçalves,", "Charges: 0.00 NOK", "Balance: 0.00 NOK", "Jürgen Weiß");
    }

    @Test
    void aConfirmationChangedInTheCloudIsWhatTheDeskPrintsAfterTheSync() throws IOException {
        var counts = tx.write(() -> applier.applyPage(page(
                300,
                new LetterTemplateChanged(
                        "confirmation",
                        "Welcome to the Seaside",
                        "Dear {firstName},\nroom {room} is ready on {arrival}. {cancelReason}\n{clerk}",
                        false))));

        assertThat(counts).isEqualTo(new PageCounts(1, 0));
        Letter confirmation = letters.find("confirmation").orElseThrow();
        assertThat(confirmation.fromCloud()).isTrue();
        assertThat(confirmation.sequence()).isEqualTo(301);
        assertThat(confirmation.updatedAt()).isEqualTo(CHANGED_AT);
        assertThat(confirmation.updatedBy()).isEqualTo("sea.admin");
        String text =
                pdfText(printouts.confirmationLetter("100042", "Jürgen Weiß").orElseThrow());
        assertThat(text)
                .contains("Dear Maria,", "room 101 is ready on 2026-11-23.", "Jürgen Weiß")
                .as("a placeholder the booking lacks stays visible")
                .contains("{cancelReason}");
    }

    @Test
    void theCancellationLetterIsForACancelledBookingOnly() throws IOException {
        tx.write(() -> applier.applyPage(page(
                400,
                new LetterTemplateChanged(
                        "cancellation", "Cancelled", "Booking {confirmation} is cancelled: {cancelReason}.", false))));

        assertThat(pdfText(printouts.cancellationLetter("100043", "Ada").orElseThrow()))
                .contains("Booking 100043 is cancelled: {cancelReason}.");
        assertThat(printouts.cancellationLetter("100042", "Ada"))
                .as("not cancelled")
                .isEmpty();
    }

    @Test
    void aLetterTheCloudDeletesIsGoneFromTheStandby() {
        tx.write(() -> applier.applyPage(page(
                500,
                new LetterTemplateChanged("spa-voucher", "Spa", "{guestName}: one massage", false),
                new LetterTemplateChanged("spa-voucher", null, null, true))));

        assertThat(letters.find("spa-voucher")).isEmpty();
    }

    @Test
    void aLetterInASchemaNewerThanThisStandbyReadsIsHeldWithTheReason() {
        String json = newerSchema(
                600, new LetterTemplateChanged("receipt", "Receipt v2", "Paid {payments} with {paymentMethod}", false));
        long heldBefore = tx.read(() -> context.getBean(HeldEvents.class).count());

        var counts = tx.write(
                () -> applier.applyPage(List.of(new ReplicaApplier.FeedEntry(EventCodec.decode(json), () -> json))));

        assertThat(counts).isEqualTo(new PageCounts(0, 1));
        var held = tx.read(() -> context.getBean(HeldEvents.class).oldest(100)).stream()
                .filter(h -> h.sequence() == 601)
                .findFirst()
                .orElseThrow();
        assertThat(held.type()).isEqualTo("letter-template.changed");
        assertThat(held.reason())
                .isEqualTo("letter-template.changed in schema version 2 is newer than this standby reads (1);"
                        + " a newer standby version is needed");
        assertThat(tx.read(() -> context.getBean(HeldEvents.class).count())).isEqualTo(heldBefore + 1);
        assertThat(letters.find("receipt").orElseThrow().title()).isNotEqualTo("Receipt v2");
    }

    /** Last: a snapshot empties the copy's bookings, which the other tests print letters for. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aSnapshotWithLettersReplacesThemAndOneWithoutLeavesThem() throws IOException {
        tx.write(() -> applier.applyPage(
                page(700, new LetterTemplateChanged("spa-voucher", "Spa", "{guestName}: one massage", false))));

        replace(
                900,
                List.of(
                        new SnapshotLine.LetterTemplate(new LetterTemplateChanged(
                                "confirmation", "From the snapshot", "Dear {guestName}", false)),
                        new SnapshotLine.LetterTemplate(
                                new LetterTemplateChanged("receipt", "Receipt", "Paid {payments}", false))),
                Map.of("letterTemplates", 2L));

        assertThat(letters.find("confirmation").orElseThrow())
                .extracting(Letter::title, Letter::sequence)
                .containsExactly("From the snapshot", 900L);
        assertThat(letters.find("spa-voucher"))
                .as("a letter the snapshot does not have")
                .isEmpty();
        assertThat(letters.find("cancellation").orElseThrow().fromCloud())
                .as("a standard letter missing from the snapshot prints its standard text")
                .isFalse();

        replace(950, List.of(), Map.of());

        assertThat(letters.find("confirmation").orElseThrow().title())
                .as("a snapshot from a cloud without letters leaves them")
                .isEqualTo("From the snapshot");
    }

    private void replace(long sequence, List<SnapshotLine> lines, Map<String, Long> counts) throws IOException {
        var header = new SnapshotLine.Header(
                "SEA", "Seaside Inn", "Europe/Oslo", "NOK", TODAY, sequence, CHANGED_AT, TODAY, counts);
        StringBuilder text = new StringBuilder(SnapshotCodec.encode(header)).append('\n');
        for (SnapshotLine line : lines) {
            text.append(SnapshotCodec.encode(line)).append('\n');
        }
        text.append(SnapshotCodec.encode(new SnapshotLine.End(counts))).append('\n');
        Path file = Files.writeString(Files.createTempFile(dir, "snapshot", ".jsonl"), text);
        tx.run(() -> replacement.replace(file, "SEA", h -> new SnapshotProgress("test", h, 1, p -> {})));
    }

    private static List<ReplicaApplier.FeedEntry> page(long after, PropertyEvent... events) {
        List<ReplicaApplier.FeedEntry> entries = new ArrayList<>();
        long sequence = after;
        for (PropertyEvent event : events) {
            String json = EventCodec.encode(envelope(++sequence, event));
            entries.add(new ReplicaApplier.FeedEntry(EventCodec.decode(json), () -> json));
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static String newerSchema(long sequence, PropertyEvent event) {
        var wire = (Map<String, Object>) Json.parse(EventCodec.encode(envelope(sequence + 1, event)));
        wire.put("schemaVersion", EventCodec.SCHEMA_VERSION + 1);
        return Json.write(wire);
    }

    private static EventEnvelope envelope(long sequence, PropertyEvent event) {
        return new EventEnvelope(
                "SEA", sequence, UUID.randomUUID(), CHANGED_AT, TODAY, "sea.admin", EventCodec.SCHEMA_VERSION, event);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
