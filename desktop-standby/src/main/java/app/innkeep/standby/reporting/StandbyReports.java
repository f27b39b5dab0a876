package app.innkeep.standby.reporting;

import app.innkeep.reports.CollisionLine;
import app.innkeep.reports.CollisionReport;
import app.innkeep.reports.DowntimePack;
import app.innkeep.reports.MismatchLine;
import app.innkeep.reports.MismatchReport;
import app.innkeep.reports.PackGuest;
import app.innkeep.reports.PackRoom;
import app.innkeep.reports.ReportHeader;
import app.innkeep.reports.Reports;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.Collisions;
import app.innkeep.standby.outage.FrontDesk;
import app.innkeep.standby.preflight.MasterDataPreflight;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The standby's reports by name, as PDF or CSV: the three re-entry reports over an outage window, the downtime pack,
 * the master-data mismatches and the collisions. The data is read in one transaction; printing happens after it.
 */
@Singleton
public class StandbyReports {

    /** Who may print a report: the front desk prints the downtime pack; the rest is the night auditor's. */
    public enum Kind {
        ROOM_BOOKINGS("room-bookings", "Re-entry: room bookings", true, false),
        FINANCIALS("financials", "Re-entry: financials", true, false),
        ITEMS("items", "Re-entry: items", true, false),
        DOWNTIME_PACK("downtime-pack", "Downtime pack", false, true),
        MASTER_DATA_MISMATCHES("master-data-mismatches", "Master-data mismatches", false, false),
        COLLISIONS("collisions", "Collision report", false, false);

        public final String slug;
        public final String title;
        public final boolean windowed;
        public final boolean forDesk;

        Kind(String slug, String title, boolean windowed, boolean forDesk) {
            this.slug = slug;
            this.title = title;
            this.windowed = windowed;
            this.forDesk = forDesk;
        }

        public static Optional<Kind> bySlug(String slug) {
            return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
        }
    }

    /** A printed report, ready to download or save. */
    public record Rendered(String fileName, String contentType, byte[] bytes) {}

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final FrontDesk frontDesk;
    private final DeskQueries desk;
    private final ReentryReports reentry;
    private final MasterDataPreflight preflight;
    private final Collisions collisions;
    private final Printouts printouts;
    private final Reports reports;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    public StandbyReports(
            FrontDesk frontDesk,
            DeskQueries desk,
            ReentryReports reentry,
            MasterDataPreflight preflight,
            Collisions collisions,
            Printouts printouts,
            Reports reports,
            TransactionOperations<Connection> tx,
            Clock clock) {
        this.frontDesk = frontDesk;
        this.desk = desk;
        this.reentry = reentry;
        this.preflight = preflight;
        this.collisions = collisions;
        this.printouts = printouts;
        this.reports = reports;
        this.tx = tx;
        this.clock = clock;
    }

    /** The outage window found in the journal, if there has been an outage. */
    public Optional<ReportWindow> detectedWindow() {
        return tx.executeRead(s -> reentry.detectedWindow(clock.instant()));
    }

    /**
     * The window the auditor asked for ({@code from}/{@code until} as local date-times of the property, e.g.
     * 2026-11-23T10:40), each end defaulting to the detected one.
     */
    public ReportWindow window(String from, String until) {
        ZoneId zone = zone();
        Optional<ReportWindow> detected = detectedWindow();
        Instant start = parse("from", from, zone)
                .orElse(detected.map(ReportWindow::from).orElse(null));
        Instant end = parse("until", until, zone)
                .orElse(detected.map(ReportWindow::until).orElse(null));
        if (start == null || end == null) {
            throw new Invalid("from", "there has been no outage yet: give the window's start and end");
        }
        if (end.isBefore(start)) {
            throw new Invalid("until", "the window ends before it starts");
        }
        boolean byHand = (from != null && !from.isBlank()) || (until != null && !until.isBlank());
        // A minute given by hand covers the whole minute.
        return new ReportWindow(
                start, byHand && until != null && !until.isBlank() ? end.plusSeconds(59) : end, !byHand);
    }

    public Rendered render(Kind kind, String format, ReportWindow window) {
        boolean csv = switch (format == null ? "pdf" : format.toLowerCase(Locale.ROOT)) {
            case "pdf" -> false;
            case "csv" -> true;
            default -> throw new Invalid("format", "pdf or csv");
        };
        FrontDesk.Situation s = frontDesk.situation();
        ZoneId zone = zone();
        String period = kind.windowed
                ? PERIOD.format(window.from().atZone(zone)) + " – "
                        + PERIOD.format(window.until().atZone(zone))
                : s.businessDate() == null ? "" : "Business date " + s.businessDate();
        ReportHeader header = printouts.header(s, kind.title, period);
        String currency = s.currency();
        byte[] bytes = switch (kind) {
            case ROOM_BOOKINGS -> {
                var r = tx.executeRead(t -> reentry.roomBookings(header, currency, window));
                yield csv ? reports.roomBookingsCsv(r) : reports.roomBookingsPdf(r);
            }
            case FINANCIALS -> {
                var r = tx.executeRead(t -> reentry.financials(header, currency, window));
                yield csv ? reports.moneyReportCsv(r) : reports.moneyReportPdf(r);
            }
            case ITEMS -> {
                var r = tx.executeRead(t -> reentry.items(header, currency, window));
                yield csv ? reports.moneyReportCsv(r) : reports.moneyReportPdf(r);
            }
            case DOWNTIME_PACK -> {
                var p = downtimePack(header, currency, s.businessDate());
                yield csv ? reports.downtimePackCsv(p) : reports.downtimePackPdf(p);
            }
            case MASTER_DATA_MISMATCHES -> {
                var r = new MismatchReport(header, mismatchLines());
                yield csv ? reports.mismatchCsv(r) : reports.mismatchPdf(r);
            }
            case COLLISIONS -> {
                var r = new CollisionReport(header, collisionLines());
                yield csv ? reports.collisionCsv(r) : reports.collisionPdf(r);
            }
        };
        String file = kind.slug + "-" + (s.property() == null ? "standby" : s.property()) + "-"
                + FILE_TIME.format(clock.instant().atZone(zone)) + (csv ? ".csv" : ".pdf");
        return new Rendered(file, csv ? "text/csv; charset=utf-8" : "application/pdf", bytes);
    }

    /**
     * Everything the pack lists, read set-based in one short read transaction (a handful of queries, whatever the size
     * of the property); the PDF is made afterwards, without holding a connection.
     */
    private DowntimePack downtimePack(ReportHeader header, String currency, LocalDate businessDate) {
        LocalDate date = businessDate == null ? LocalDate.now(clock) : businessDate;
        return tx.executeRead(t -> {
            Map<String, BigDecimal> balances = desk.balancesByConfirmation();
            return new DowntimePack(
                    header,
                    currency,
                    guests(desk.arrivals(date), balances),
                    guests(desk.inHouse(), balances),
                    guests(desk.departures(date), balances),
                    desk.rack(date).stream()
                            .map(r -> new PackRoom(
                                    r.number(),
                                    r.roomType(),
                                    r.housekeeping().name(),
                                    r.outOfOrder(),
                                    r.occupantConfirmation() == null
                                            ? ""
                                            : r.occupantConfirmation() + " · " + r.occupantName()))
                            .toList(),
                    desk.owing().stream()
                            .map(o -> guest(o.booking(), o.balance()))
                            .toList());
        });
    }

    private static List<PackGuest> guests(List<DeskBooking> bookings, Map<String, BigDecimal> balances) {
        return bookings.stream()
                .map(b -> guest(b, balances.getOrDefault(b.confirmation(), BigDecimal.ZERO)))
                .toList();
    }

    private static PackGuest guest(DeskBooking b, BigDecimal balance) {
        return new PackGuest(
                b.confirmation(),
                b.guestName(),
                b.room(),
                b.roomType(),
                b.arrival(),
                b.departure(),
                b.adults(),
                b.children(),
                b.status().name(),
                balance);
    }

    private List<MismatchLine> mismatchLines() {
        return tx.executeRead(t -> preflight.mismatches().stream()
                .flatMap(m -> m.fields().stream()
                        .map(f -> new MismatchLine(
                                m.kind(),
                                m.code(),
                                m.problem(),
                                f.field(),
                                f.cloud() == null ? "" : String.valueOf(f.cloud()),
                                f.standby() == null ? "" : String.valueOf(f.standby()))))
                .toList());
    }

    private List<CollisionLine> collisionLines() {
        return tx.executeRead(t -> collisions.ofCurrentOutage().stream()
                .map(c -> new CollisionLine(
                        c.notedAt(),
                        c.kind(),
                        c.confirmation(),
                        c.otherConfirmation(),
                        c.room(),
                        c.detail(),
                        c.resolvedAt(),
                        c.resolvedBy()))
                .toList());
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(frontDesk.situation().timeZone());
        } catch (RuntimeException e) {
            return ZoneId.systemDefault();
        }
    }

    private static Optional<Instant> parse(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            // The form shows "2026-11-23 10:40"; links and the CLI send the ISO "2026-11-23T10:40".
            return Optional.of(LocalDateTime.parse(value.strip().replace(' ', 'T'))
                    .atZone(zone)
                    .toInstant());
        } catch (DateTimeParseException e) {
            throw new Invalid(field, "a date and time like 2026-11-23 10:40 (YYYY-MM-DD hh:mm, property time)");
        }
    }
}
