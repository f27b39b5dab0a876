package app.innkeep.reports;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * Hotels host guests from everywhere: every report prints names in Chinese, Japanese, Korean, Arabic, Hebrew, Cyrillic,
 * Greek, Thai and Devanagari with the bundled fonts, read back with PDFBox. PDFBox turns right-to-left text drawn in visual
 * order back into logical order, so an Arabic or Hebrew name drawn the wrong way round would read reversed here.
 */
class GuestNamesInEveryScriptTest {

    private static final Reports reports = new Reports();

    static final String MIXED = "Zoë Ødegård-Straße 中文";
    static final String CHINESE = "王小明";
    static final String JAPANESE = "山田 タロウ";
    static final String KOREAN = "김민준";
    static final String ARABIC = "محمد";
    static final String HEBREW = "דוד כהן";
    static final String RUSSIAN = "Дмитрий";
    static final String GREEK = "Γιώργος";
    static final String THAI = "สมชาย";
    static final String HINDI = "राहुल";
    static final List<String> NAMES =
            List.of(MIXED, CHINESE, JAPANESE, KOREAN, ARABIC, HEBREW, RUSSIAN, GREEK, THAI, HINDI);

    /** Fonts (PostScript names, without the subset prefix) that must be embedded once those names are printed. */
    static final List<String> SCRIPT_FONTS = List.of(
            "DejaVuSans",
            "DroidSansFallback",
            "NanumGothic",
            "NotoSansArabic",
            "NotoSansHebrew",
            "NotoSansThai",
            "NotoSansDevanagari");

    /** Ethiopic: no bundled font has it. */
    static final String ETHIOPIC = "ሀይሌ";

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void listenToTheReportLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(CompiledTemplate.class)).addAppender(log);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(CompiledTemplate.class)).detachAppender(log);
    }

    /** Each report printed with the names; the card and the letter once per name, as one is printed per guest. */
    static Stream<Named<Function<List<String>, List<byte[]>>>> everyReport() {
        return Stream.of(
                Named.of(
                        "registration card",
                        names -> names.stream()
                                .<byte[]>map(name -> reports.registrationCardPdf(card(name)))
                                .toList()),
                Named.of("folio", names -> List.of(reports.folioPdf(folio(names)))),
                Named.of(
                        "letter",
                        names -> names.stream()
                                .<byte[]>map(name -> reports.letterPdf(letter(name)))
                                .toList()),
                Named.of("room bookings", names -> List.of(reports.roomBookingsPdf(roomBookings(names)))),
                Named.of("financials", names -> List.of(reports.moneyReportPdf(financials(names)))),
                Named.of("downtime pack", names -> List.of(reports.downtimePackPdf(pack(names)))),
                Named.of("mismatches", names -> List.of(reports.mismatchPdf(mismatches(names)))),
                Named.of("collisions", names -> List.of(reports.collisionPdf(collisions(names)))));
    }

    /** The text of all the PDFs, without white space: a narrow column wraps a Chinese name between any two characters. */
    private static String text(List<Printed> printed) {
        return dense(String.join(" ", printed.stream().map(Printed::text).toList()));
    }

    /** The fonts the glyphs of all the PDFs are drawn with, without subset prefix ({@code ABCDEF+}) and "-Regular". */
    private static List<String> drawnWith(List<Printed> printed) {
        return printed.stream()
                .flatMap(p -> p.drawnWith().keySet().stream())
                .map(GuestNamesInEveryScriptTest::withoutSubsetPrefix)
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyReport")
    void everyReportPrintsNamesInEveryScriptWithEmbeddedFonts(Function<List<String>, List<byte[]>> report) {
        List<Printed> printed = report.apply(NAMES).stream().map(Printed::read).toList();

        for (String name : NAMES) {
            assertThat(text(printed)).as("printed text").contains(dense(name));
        }
        assertThat(text(printed))
                .as("right-to-left names are not reversed")
                .doesNotContain(dense(reversed(ARABIC)))
                .doesNotContain(dense(reversed(HEBREW)));
        assertThat(drawnWith(printed)).as("fonts drawn with").containsAll(SCRIPT_FONTS);
        assertThat(printed.stream().flatMap(p -> p.embedded().stream()))
                .as("every font is embedded")
                .containsOnly(true);
        assertThat(log.list).as("nothing replaced, nothing logged").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyReport")
    void aCharacterNoFontHasPrintsAsAPlaceholderAndIsLoggedOnce(Function<List<String>, List<byte[]>> report) {
        List<Printed> printed = report.apply(List.of("Abebe " + ETHIOPIC + " 中文")).stream()
                .map(Printed::read)
                .toList();

        String placeholders = PrintableText.PLACEHOLDER.repeat(ETHIOPIC.length());
        assertThat(text(printed)).contains(dense("Abebe " + placeholders + " 中文"));
        assertThat(text(printed)).doesNotContain("ሀ");
        assertThat(log.list).as("one line per report").hasSize(1);
        String message = log.list.getFirst().getFormattedMessage();
        assertThat(message).contains("U+1200", "U+12ED", "U+120C").contains(".jrxml");
        assertThat(message).as("the log holds code points, not guest names").doesNotContain("Abebe", "中文");
    }

    @Test
    void aKoreanNameIsDrawnWithNanumGothicNotAsPlaceholders() {
        Printed card = Printed.read(reports.registrationCardPdf(card(KOREAN + " Kim")));

        assertThat(card.flat()).contains(KOREAN + " Kim").doesNotContain(PrintableText.PLACEHOLDER);
        assertThat(drawnWith(List.of(card))).contains("NanumGothic");
        assertThat(log.list).as("nothing replaced, nothing logged").isEmpty();
    }

    @Test
    void aNameWithLatinAndChineseKeepsBoth() {
        Printed card = Printed.read(reports.registrationCardPdf(card(MIXED)), "registration-card-mixed-scripts");

        assertThat(card.flat()).contains(MIXED);
        assertThat(drawnWith(List.of(card))).contains("DejaVuSans-Bold", "DroidSansFallback");
        assertThat(card.embedded()).containsOnly(true);
    }

    /** Without white space: a narrow column wraps a Chinese name between any two characters. */
    private static String dense(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String reversed(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    private static String withoutSubsetPrefix(String font) {
        String name = font.replaceFirst("^[A-Z]{6}\\+", "");
        return name.replaceFirst("-(Regular)$", "");
    }

    // Each name is its own guest, booking or line, as at the desk.

    static RegistrationCard card(String name) {
        RegistrationCard c = Guests.zoesCard();
        return new RegistrationCard(
                c.header(),
                c.confirmation(),
                name,
                c.email(),
                c.phone(),
                c.room(),
                c.roomType(),
                c.arrival(),
                c.departure(),
                c.adults(),
                c.children(),
                c.rate(),
                c.currency(),
                c.source(),
                name,
                c.clerk());
    }

    static Folio folio(List<String> names) {
        List<FolioLine> lines = new ArrayList<>();
        for (String name : names) {
            lines.add(Guests.charge(21, "RESTAURANT", "Dinner for " + name, "1", "10.00"));
        }
        Folio f = Guests.folio(lines);
        return new Folio(
                f.header(),
                f.confirmation(),
                names.getFirst(),
                f.room(),
                f.arrival(),
                f.departure(),
                f.currency(),
                f.lines());
    }

    static Letter letter(String name) {
        return new Letter(
                Guests.header("Booking confirmation", ""),
                "Dear {guestName},\n\nwelcome.\n\nKind regards",
                Map.of("guestName", name));
    }

    static RoomBookingsReport roomBookings(List<String> names) {
        List<BookingEntry> entries = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            entries.add(Outage.booking(
                    String.format("09:%02d", i),
                    "anna.k",
                    "CHECK_IN",
                    "D10" + i,
                    names.get(i),
                    "21" + i,
                    23,
                    24,
                    "99.00",
                    "Walk-in",
                    ""));
        }
        return new RoomBookingsReport(Outage.header("Room bookings"), "EUR", entries);
    }

    static MoneyReport financials(List<String> names) {
        List<MoneyEntry> entries = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            entries.add(Outage.money(
                    String.format("09:%02d", i),
                    "PAYMENT",
                    "CASH",
                    "Cash",
                    "D10" + i,
                    names.get(i),
                    "21" + i,
                    "Deposit",
                    null,
                    "-10.00",
                    null));
        }
        return new MoneyReport(Outage.header("Financials"), "EUR", "Receipt type", entries);
    }

    static DowntimePack pack(List<String> names) {
        List<PackGuest> guests = new ArrayList<>();
        List<PackRoom> rooms = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            guests.add(Outage.guest("D10" + i, names.get(i), "21" + i, "Double", 23, 24, 1, 0, "CHECKED_IN", "0.00"));
            rooms.add(new PackRoom("21" + i, "Double", "CLEAN", false, names.get(i)));
        }
        return new DowntimePack(Outage.header("Downtime pack"), "EUR", guests, guests, List.of(), rooms, guests);
    }

    static MismatchReport mismatches(List<String> names) {
        List<MismatchLine> lines = new ArrayList<>();
        for (String name : names) {
            lines.add(new MismatchLine("SOURCE", "WALKIN", "DIFFERENT", "description", name, "Walk-in"));
        }
        return new MismatchReport(Guests.header("Master data mismatches", ""), lines);
    }

    static CollisionReport collisions(List<String> names) {
        List<CollisionLine> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            lines.add(new CollisionLine(
                    Outage.at(String.format("10:%02d", i)),
                    "ROOM_DOUBLE_BOOKED",
                    "D10" + i,
                    "1001" + i,
                    "21" + i,
                    "Room 21" + i + " given to " + names.get(i) + " on both sides",
                    null,
                    null));
        }
        return new CollisionReport(Guests.header("Collisions", ""), lines);
    }
}
