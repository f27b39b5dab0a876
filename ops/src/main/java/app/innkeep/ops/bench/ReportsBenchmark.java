package app.innkeep.ops.bench;

import app.innkeep.reports.BookingEntry;
import app.innkeep.reports.MoneyEntry;
import app.innkeep.reports.MoneyReport;
import app.innkeep.reports.ReportHeader;
import app.innkeep.reports.Reports;
import app.innkeep.reports.RoomBookingsReport;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measures the two promises of the reports, each against a baseline taken in the same run (these machines are noisy;
 * ratios travel, absolute times less so):
 *
 * <ol>
 *   <li>the first report of a fresh JVM: a child JVM (same classpath) that prints one Room bookings PDF and exits,
 *       wall time including JVM start, versus the same child JVM that only starts and exits (target: under 6 s);
 *   <li>warm: the three re-entry reports (Room bookings, Financials, Items) as PDF from 2,000 journal lines, after
 *       warm-up, median of several runs, versus building the same records and their CSVs without Jasper (target: under
 *       3 s for all three PDFs).
 * </ol>
 *
 * Run with {@code ops/bin/innkeep bench reports [--lines N] [--runs N] [--cold-runs N]}.
 */
public final class ReportsBenchmark {

    private static final List<String> USAGE = List.of(
            "Usage: ops/bin/innkeep bench reports [--lines N] [--runs N] [--cold-runs N]",
            "  --lines      journal lines the three re-entry reports are made from (default 2000)",
            "  --runs       warm runs; the median is printed (default 5)",
            "  --cold-runs  child JVMs started each way for the first-report time (default 3)");

    private static final ZoneId ZONE = ZoneId.of("Europe/Vienna");
    private static final Instant START = Instant.parse("2026-11-23T08:40:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final double COLD_TARGET_S = 6.0;
    private static final double WARM_TARGET_S = 3.0;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchOptions.parse(args, USAGE, BenchOptions.Unknown.IGNORE);
        int lines = Integer.parseInt(options.getOrDefault("--lines", "2000"));
        int runs = Integer.parseInt(options.getOrDefault("--runs", "5"));
        int coldRuns = Integer.parseInt(options.getOrDefault("--cold-runs", "3"));
        System.out.printf(
                "Reports benchmark: JDK %s, %d CPUs, %,d MB max heap%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        firstReport(coldRuns);
        warm(lines, runs);
    }

    /** Part 1: a child JVM printing one report, against the same child JVM doing nothing, alternating. */
    static void firstReport(int runs) throws Exception {
        long[] startOnly = new long[runs];
        long[] oneReport = new long[runs];
        for (int r = 0; r < runs; r++) {
            startOnly[r] = child("--start-only");
            oneReport[r] = child("--one-report");
        }
        double base = Samples.median(startOnly) / 1e9;
        double with = Samples.median(oneReport) / 1e9;
        System.out.println();
        System.out.printf(
                "First report in a fresh JVM (child JVM, wall time incl. JVM start, median of %d runs)%n", runs);
        System.out.printf("  JVM start and exit only         %6.2f s   (baseline)%n", base);
        System.out.printf(
                "  JVM + one Room bookings PDF     %6.2f s   ratio %.1f  -> the first report adds %.2f s"
                        + "   (target: under %.0f s) %s%n",
                with, with / base, with - base, COLD_TARGET_S, with < COLD_TARGET_S ? "MET" : "NOT MET");
    }

    /** Runs this class in a child JVM with the same classpath; returns its wall time in ns. */
    private static long child(String mode) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), FirstReport.class.getName(), mode)
                .redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process process = builder.start();
        String output;
        try (InputStream out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        int exit = process.waitFor();
        long elapsed = System.nanoTime() - t0;
        if (exit != 0 || !output.contains("ok")) {
            throw new IllegalStateException("child JVM (" + mode + ") failed, exit " + exit + ":\n" + output);
        }
        return elapsed;
    }

    /** The child JVM: starts, optionally prints one Room bookings PDF (20 lines), says ok and exits. */
    public static final class FirstReport {

        private FirstReport() {}

        public static void main(String[] args) {
            if (args.length > 0 && args[0].equals("--one-report")) {
                byte[] pdf = new Reports().roomBookingsPdf(roomBookings(journal(20)));
                System.out.println("ok " + pdf.length + " bytes");
            } else {
                System.out.println("ok");
            }
        }
    }

    /** Part 2: the three re-entry reports from one journal, as PDF and (the baseline) as CSV only. */
    static void warm(int lines, int runs) {
        Reports reports = new Reports();
        List<JournalLine> journal = journal(lines);
        long[] baseline = new long[runs];
        long[] jasper = new long[runs];
        int[] sizes = new int[3];
        for (int i = 0; i < 3; i++) {
            csvOnly(reports, journal);
            pdfs(reports, journal, sizes);
        }
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            csvOnly(reports, journal);
            long t1 = System.nanoTime();
            pdfs(reports, journal, sizes);
            long t2 = System.nanoTime();
            baseline[r] = t1 - t0;
            jasper[r] = t2 - t1;
        }
        RoomBookingsReport bookings = roomBookings(journal);
        MoneyReport financials = financials(journal);
        MoneyReport items = items(journal);
        double base = Samples.median(baseline) / 1e9;
        double with = Samples.median(jasper) / 1e9;
        System.out.println();
        System.out.printf(
                "Re-entry reports from %,d journal lines (%,d booking actions, %,d payments/refunds, %,d charges/voids),"
                        + " after warm-up, median of %d runs%n",
                journal.size(),
                bookings.entries().size(),
                financials.entries().size(),
                items.entries().size(),
                runs);
        System.out.printf("  records + 3 CSVs, no Jasper     %6.3f s   (baseline)%n", base);
        System.out.printf(
                "  records + 3 PDFs (Jasper)       %6.3f s   ratio %.1f   (target: under %.0f s) %s%n",
                with, with / base, WARM_TARGET_S, with < WARM_TARGET_S ? "MET" : "NOT MET");
        System.out.printf(
                "  PDF sizes: room bookings %,d KB, financials %,d KB, items %,d KB%n",
                sizes[0] >> 10, sizes[1] >> 10, sizes[2] >> 10);
    }

    private static void csvOnly(Reports reports, List<JournalLine> journal) {
        int bytes = reports.roomBookingsCsv(roomBookings(journal)).length
                + reports.moneyReportCsv(financials(journal)).length
                + reports.moneyReportCsv(items(journal)).length;
        if (bytes == 0) {
            throw new IllegalStateException("no CSV");
        }
    }

    private static void pdfs(Reports reports, List<JournalLine> journal, int[] sizes) {
        sizes[0] = reports.roomBookingsPdf(roomBookings(journal)).length;
        sizes[1] = reports.moneyReportPdf(financials(journal)).length;
        sizes[2] = reports.moneyReportPdf(items(journal)).length;
    }

    // ------------------------------------------------------------------------------------------ fixture

    /** One line of the standby's outage journal, as the re-entry reports read it. */
    record JournalLine(
            Instant at,
            String user,
            String type,
            String ref,
            String guest,
            String room,
            String code,
            String codeDescription,
            BigDecimal amount,
            String detail) {}

    private static final String[] NAMES = {
        "Zoë Ångström-Müller",
        "Jürgen Weiß",
        "Søren Kierkegaard",
        "Ana María Muñoz",
        "Łukasz Żółw",
        "Alexandra Konstantina Papadopoulou Wittgenstein de la Cruz Fernández y Østergård",
        "Ingrid Bergström",
        "Chen Wei",
        "O'Brien, Siobhán"
    };
    private static final String[] USERS = {"anna.k", "eva.n", "night.audit", "jw"};
    private static final String[] ACTIONS = {"NEW", "MODIFIED", "CANCELLED", "CHECKED_IN", "CHECKED_OUT"};
    private static final String[][] RECEIPTS = {{"CASH", "Cash"}, {"MC", "Mastercard"}, {"VISA", "Visa card"}};
    private static final String[][] ITEMS = {
        {"BAR", "Bar"},
        {"CITYTAX", "Ortstaxe"},
        {"MINIBAR", "Minibar"},
        {"PARKING", "Garage"},
        {"RENT", "Room rent"},
        {"RESTAURANT", "Restaurant"},
        {"SPA", "Spa & Wellness"}
    };

    /**
     * {@code n} journal lines from a fixed seed, one every 20 s: about 35% booking actions (walk-ins with D-numbers,
     * cloud bookings with their numbers), 20% payments and refunds, 45% charges and voids.
     */
    static List<JournalLine> journal(int n) {
        Random random = new Random(20261123);
        List<JournalLine> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant at = START.plusSeconds(20L * i);
            String user = USERS[random.nextInt(USERS.length)];
            String guest = NAMES[random.nextInt(NAMES.length)];
            String room = String.valueOf(100 + random.nextInt(60));
            int roll = random.nextInt(100);
            if (roll < 35) {
                String action = ACTIONS[random.nextInt(ACTIONS.length)];
                String ref = action.equals("NEW") ? "D" + (1000 + i) : String.valueOf(100_000 + random.nextInt(900));
                String change = action.equals("MODIFIED")
                        ? "departure 2026-11-24 → 2026-11-2" + (5 + random.nextInt(4)) + "; room 301 → " + room
                        : "";
                lines.add(new JournalLine(
                        at,
                        user,
                        action,
                        ref,
                        guest,
                        room,
                        "",
                        "",
                        BigDecimal.valueOf(9_900 + random.nextInt(20_000), 2),
                        change));
            } else if (roll < 55) {
                String[] receipt = RECEIPTS[random.nextInt(RECEIPTS.length)];
                boolean refund = random.nextInt(8) == 0;
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(150_000), 2);
                lines.add(new JournalLine(
                        at,
                        user,
                        refund ? "REFUND" : "PAYMENT",
                        ref(random, i),
                        guest,
                        room,
                        receipt[0],
                        receipt[1],
                        refund ? amount.negate() : amount,
                        refund ? "Refund" : "Payment"));
            } else {
                String[] item = ITEMS[random.nextInt(ITEMS.length)];
                boolean isVoid = random.nextInt(10) == 0;
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(25_000), 2);
                lines.add(new JournalLine(
                        at,
                        user,
                        isVoid ? "VOID" : "CHARGE",
                        ref(random, i),
                        guest,
                        room,
                        item[0],
                        item[1],
                        isVoid ? amount.negate() : amount,
                        item[1] + (isVoid ? " (posted twice)" : "")));
            }
        }
        return lines;
    }

    private static String ref(Random random, int i) {
        return random.nextBoolean()
                ? "D" + (1000 + random.nextInt(Math.max(1, i + 1)))
                : String.valueOf(100_000 + random.nextInt(900));
    }

    private static ReportHeader header(String name) {
        return new ReportHeader(
                "VIE01",
                "Gasthof Zur Goldenen Gans",
                name,
                "Outage 2026-11-23 09:40 – 20:50",
                START.plusSeconds(40_000),
                START,
                ZONE);
    }

    static RoomBookingsReport roomBookings(List<JournalLine> journal) {
        List<BookingEntry> entries = journal.stream()
                .filter(l -> l.code().isEmpty())
                .map(l -> new BookingEntry(
                        l.at(),
                        l.user(),
                        TODAY,
                        l.type(),
                        l.ref(),
                        l.guest(),
                        l.room(),
                        TODAY,
                        TODAY.plusDays(2),
                        l.amount(),
                        l.ref().startsWith("D") ? "Walk-in" : "Booking.com",
                        l.detail()))
                .toList();
        return new RoomBookingsReport(header("Room bookings"), "EUR", entries);
    }

    static MoneyReport financials(List<JournalLine> journal) {
        return money(journal, "Financials", "Receipt type", List.of("PAYMENT", "REFUND"));
    }

    static MoneyReport items(List<JournalLine> journal) {
        return money(journal, "Items", "Inventory item", List.of("CHARGE", "VOID"));
    }

    private static MoneyReport money(List<JournalLine> journal, String name, String label, List<String> kinds) {
        List<MoneyEntry> entries = journal.stream()
                .filter(l -> kinds.contains(l.type()))
                .map(l -> new MoneyEntry(
                        l.at(),
                        l.user(),
                        TODAY,
                        l.type(),
                        l.code(),
                        l.codeDescription(),
                        l.ref(),
                        l.guest(),
                        l.room(),
                        l.detail(),
                        l.type().equals("VOID") ? BigDecimal.ONE.negate() : BigDecimal.ONE,
                        l.amount(),
                        l.code().equals("VISA") || l.code().equals("MC") ? "4242" : null))
                .toList();
        return new MoneyReport(header(name), "EUR", label, entries);
    }
}
