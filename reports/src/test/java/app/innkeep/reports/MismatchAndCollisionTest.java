package app.innkeep.reports;

import static app.innkeep.reports.Guests.LONG_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MismatchAndCollisionTest {

    private static final Reports reports = new Reports();

    @Test
    void mismatchesShowKindCodeProblemFieldAndBothValues() {
        Printed pdf = Printed.read(reports.mismatchPdf(Outage.mismatches()), "mismatches");

        assertThat(pdf.flat())
                .contains("Master data mismatches", "Data as of 2026-11-23 13:58", "Page 1 of 1")
                .contains("Kind", "Code", "Problem", "Field", "Cloud value", "Standby value")
                .contains("Inventory item", "Receipt type", "Source", "Room type")
                .contains("MINIBAR", "AMEX", "WALKIN", "DLX")
                .contains("Different", "Missing on standby", "Description differs", "Missing in cloud")
                .contains("price", "4.50", "4.00", "American Express", "Laufkundschaft Ü", "=1+1")
                .contains("4 differences");
    }

    @Test
    void theMismatchCsvHasTheSameRowsAndDefusesFormulas() {
        CsvRows csv = CsvRows.parse(reports.mismatchCsv(Outage.mismatches()));

        assertThat(csv.header()).containsExactly("Kind", "Code", "Problem", "Field", "Cloud value", "Standby value");
        assertThat(csv.column("Code")).containsExactly("MINIBAR", "AMEX", "WALKIN", "DLX");
        assertThat(csv.column("Standby value")).containsExactly("4.00", "", "Laufkundschaft Ü", "'=1+1");
    }

    @Test
    void noMismatchesSaysSo() {
        MismatchReport none = new MismatchReport(Guests.header("Master data mismatches", ""), List.of());

        assertThat(Printed.read(reports.mismatchPdf(none), "mismatches-empty").flat())
                .contains(MismatchLayout.NO_MISMATCHES);
        assertThat(CsvRows.parse(reports.mismatchCsv(none)).rows()).isEmpty();
    }

    @Test
    void collisionsAreSortedByTimeNotedWithReadableKinds() {
        Printed pdf = Printed.read(reports.collisionPdf(Outage.collisions()), "collisions");
        String text = pdf.flat();

        assertThat(text)
                .contains("Collisions", Outage.PERIOD, "Page 1 of 1")
                .contains("Noted at", "Kind", "Booking", "Other booking", "Room", "State", "Detail")
                .contains("Room double-booked", "Booking changed in the cloud", "Folio changed in the cloud")
                .contains("D1042", "100140", "100124", "100123", "214", "305", "118")
                .contains("2026-11-23 10:05", "2026-11-23 11:15", "2026-11-23 12:45")
                .contains("Østergård", "3 collisions (2 open), by time noted", "Open", "Resolved")
                .doesNotContain("ROOM_DOUBLE_BOOKED", "null");
        assertThat(text.indexOf("10:05")).isLessThan(text.indexOf("11:15"));
        assertThat(text.indexOf("11:15")).isLessThan(text.indexOf("12:45"));
        assertThat(text).contains(LONG_NAME.substring(0, 20));
    }

    @Test
    void theCollisionCsvHasTheSameRowsAsThePdf() {
        CollisionReport report = Outage.collisions();
        CsvRows csv = CsvRows.parse(reports.collisionCsv(report));
        Printed pdf = Printed.read(reports.collisionPdf(report));

        assertThat(csv.header())
                .containsExactly("Noted at", "Kind", "Booking", "Other booking", "Room", "State", "Detail");
        assertThat(csv.rows())
                .hasSize(RoomBookingsReportTest.ROW_START
                        .matcher(pdf.text())
                        .results()
                        .toList()
                        .size());
        assertThat(csv.column("Noted at")).containsExactly("2026-11-23 10:05", "2026-11-23 11:15", "2026-11-23 12:45");
        assertThat(csv.column("Kind"))
                .containsExactly("Booking changed in the cloud", "Room double-booked", "Folio changed in the cloud");
        assertThat(csv.column("Other booking")).containsExactly("", "100140", "");
        assertThat(csv.column("State"))
                .as("a resolved collision is printed as resolved, the others as open")
                .containsExactly("Open", "Resolved 2026-11-23 15:20 by nico", "Open");
    }

    @Test
    void noCollisionsSaysSo() {
        CollisionReport none = new CollisionReport(Guests.header("Collisions", Outage.PERIOD), List.of());

        assertThat(Printed.read(reports.collisionPdf(none), "collisions-empty").flat())
                .contains(CollisionLayout.NO_COLLISIONS, "Page 1 of 1");
        assertThat(CsvRows.parse(reports.collisionCsv(none)).rows()).isEmpty();
    }
}
