package app.innkeep.reports;

import static app.innkeep.reports.Guests.LONG_NAME;
import static app.innkeep.reports.Guests.ZOE;
import static app.innkeep.reports.Outage.FORMULA_NAME;
import static app.innkeep.reports.Outage.WEISS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RoomBookingsReportTest {

    private static final Reports reports = new Reports();

    /** A PDF line that starts a table row: the time it was entered. */
    static final Pattern ROW_START = Pattern.compile("(?m)^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\b");

    @Test
    void everyActionIsPrintedWithItsNumberTimeUserAndChange() {
        Printed pdf = Printed.read(reports.roomBookingsPdf(Outage.bookings()), "room-bookings");

        assertThat(pdf.flat())
                .contains("Room bookings", Outage.PERIOD, "VIE01 · Gasthof Zur Goldenen Gans")
                .contains("Generated 2026-11-23 14:05 (Europe/Vienna)", "Data as of 2026-11-23 13:58", "Page 1 of 1")
                .contains("D1042", "D1043", "100123", "100124", "100125")
                .contains(ZOE, WEISS, "Søren Kierkegaard", "Müller, Hans")
                .contains("2026-11-23 09:45", "2026-11-23 09:52", "2026-11-23 10:15", "2026-11-23 12:30")
                .contains("anna.k", "eva.n", "Walk-in", "Booking.com")
                .contains("New", "Modified", "Cancelled", "Checked in", "Checked out")
                .contains("129.00", "1,234.50", "0.00", "-20.00", "Rate (EUR)")
                .contains("departure 2026-11-24 → 2026-11-26; room 301 → 305")
                .contains("5 booking actions, by time entered");
        // The very long name wraps but reaches paper whole.
        assertThat(pdf.flat()).contains(LONG_NAME.substring(0, 20), "Østergård");
        assertThat(pdf.fonts()).isNotEmpty().allMatch(name -> name.contains("DejaVu"));
        assertThat(pdf.embedded()).containsOnly(true);
    }

    @Test
    void linesAreSortedByTheTimeTheyWereEntered() {
        String text = Printed.read(reports.roomBookingsPdf(Outage.bookings())).flat();

        List<String> order = List.of("100123", "D1042", "100124", "100125", "D1043");
        for (int i = 1; i < order.size(); i++) {
            assertThat(text.indexOf(order.get(i - 1))).isLessThan(text.indexOf(order.get(i)));
        }
    }

    @Test
    void theCsvHoldsTheSameRowsAsThePdfInTheSameOrder() {
        RoomBookingsReport report = Outage.bookings();
        Printed pdf = Printed.read(reports.roomBookingsPdf(report));
        CsvRows csv = CsvRows.parse(reports.roomBookingsCsv(report));

        assertThat(csv.header())
                .containsExactly(
                        "Entered",
                        "User",
                        "Business date",
                        "Action",
                        "Booking",
                        "Guest",
                        "Room",
                        "Arrival",
                        "Departure",
                        "Rate",
                        "Currency",
                        "Source",
                        "Change");
        assertThat(csv.rows())
                .hasSize(ROW_START.matcher(pdf.text()).results().toList().size());
        assertThat(csv.column("Booking")).containsExactly("100123", "D1042", "100124", "100125", "D1043");
        assertThat(csv.column("Entered"))
                .containsExactly(
                        "2026-11-23 09:45",
                        "2026-11-23 09:52",
                        "2026-11-23 10:15",
                        "2026-11-23 11:02",
                        "2026-11-23 12:30");
        assertThat(csv.column("Rate")).containsExactly("1234.50", "129.00", "149.00", "0.00", "-20.00");
        assertThat(csv.column("Guest")).contains(ZOE, LONG_NAME, "'" + FORMULA_NAME);
        assertThat(csv.column("Change")).contains("departure 2026-11-24 → 2026-11-26; room 301 → 305");
        for (List<String> row : csv.rows()) {
            assertThat(pdf.flat()).contains(csv.get(row, "Entered") + " " + csv.get(row, "User"));
        }
    }

    @Test
    void anEmptyWindowSaysNothingWasDone() {
        RoomBookingsReport empty = new RoomBookingsReport(Outage.header("Room bookings"), "EUR", List.of());

        Printed pdf = Printed.read(reports.roomBookingsPdf(empty), "room-bookings-empty");

        assertThat(pdf.flat()).contains(PrintedValues.NOTHING_DONE, "Room bookings", "Data as of", "Page 1 of 1");
        assertThat(CsvRows.parse(reports.roomBookingsCsv(empty)).rows()).isEmpty();
    }
}
