package app.innkeep.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Realistic test data: a Vienna property, guests with names that need more than ASCII. */
final class Guests {

    static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    static final Instant GENERATED = Instant.parse("2026-11-23T13:05:00Z"); // 14:05 in Vienna
    static final Instant DATA_AS_OF = Instant.parse("2026-11-23T12:58:00Z"); // 13:58 in Vienna
    static final String ZOE = "Zoë Ångström-Müller";
    static final String LONG_NAME = "Alexandra Konstantina Papadopoulou Wittgenstein de la Cruz Fernández y Østergård";

    private Guests() {}

    static ReportHeader header(String reportName, String period) {
        return new ReportHeader(
                "VIE01", "Gasthof Zur Goldenen Gans", reportName, period, GENERATED, DATA_AS_OF, VIENNA);
    }

    static RegistrationCard zoesCard() {
        return new RegistrationCard(
                header("Registration card", "Arrival 2026-11-20"),
                "D1042",
                ZOE,
                "zoe.angstrom@example.se",
                "+46 70 123 45 67",
                "214",
                "Double Deluxe",
                LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 23),
                2,
                1,
                new BigDecimal("129.00"),
                "EUR",
                "Walk-in (outage)",
                "Late arrival, cot for the child. Prefers a quiet room away from the lift.",
                "Jürgen Weiß");
    }

    static Folio folio(List<FolioLine> lines) {
        return new Folio(
                header("Guest folio", "2026-11-20 – 2026-11-23"),
                "D1042",
                ZOE,
                "214",
                LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 23),
                "EUR",
                lines);
    }

    /** Charges 1,498.50, payments -180.00, balance 1,318.50; with a void, a zero line and a refund. */
    static List<FolioLine> zoesLines() {
        return List.of(
                charge(20, "RENT", "Room 214, night of 20 Nov", "1", "129.00"),
                charge(20, "MINIBAR", "Minibar", "3", "13.50"),
                charge(21, "RENT", "Room 214, night of 21 Nov", "1", "129.00"),
                line(21, "VOID", "MINIBAR", "Minibar (posted twice)", "-3", "-13.50", null),
                charge(21, "CITYTAX", "Ortstaxe für Gäste", "2", "6.00"),
                charge(21, "COMP", "Welcome drink (complimentary)", "1", "0.00"),
                line(22, "PAYMENT", "VISA", "Deposit", null, "-200.00", "4242"),
                line(22, "REFUND", "VISA", "Deposit refunded in part", null, "20.00", "4242"),
                charge(22, "RESTAURANT", "Dinner for three: Crème brûlée, Sachertorte", "1", "1234.50"));
    }

    static FolioLine charge(int day, String code, String description, String quantity, String amount) {
        return line(day, "CHARGE", code, description, quantity, amount, null);
    }

    static FolioLine line(
            int day, String kind, String code, String description, String quantity, String amount, String card) {
        return new FolioLine(
                LocalDate.of(2026, 11, day),
                kind,
                code,
                description,
                quantity == null ? null : new BigDecimal(quantity),
                new BigDecimal(amount),
                card);
    }
}
