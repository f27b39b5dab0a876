package app.innkeep.reports;

import static app.innkeep.reports.Guests.LONG_NAME;
import static app.innkeep.reports.Guests.ZOE;
import static app.innkeep.reports.Outage.WEISS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DowntimePackTest {

    private static final Reports reports = new Reports();

    @Test
    void thePackHasEverySectionInOrderWithGuestsRoomsAndBalances() {
        Printed pdf = Printed.read(reports.downtimePackPdf(Outage.pack()), "downtime-pack");
        String text = pdf.flat();

        assertThat(text)
                .contains("Downtime pack", "Business date 2026-11-23", "Data as of 2026-11-23 13:58")
                .contains("Page 1 of " + pdf.pages())
                .contains("Ingrid Bergström", LONG_NAME.substring(0, 20), ZOE, WEISS, "Ana María Muñoz")
                .contains("D1042", "100123", "100130", "100131")
                .contains("1,318.50", "-20.00", "-300.00", "Balance (EUR)", "2 + 1")
                .contains("Checked in", "Reserved", "Out of order", "OUT OF ORDER", "Dirty", "Inspected")
                .contains("Total balance in house 1,298.50 EUR", "Total open balances 1,298.50 EUR")
                .contains(DowntimePackLayout.NO_DEPARTURES)
                .doesNotContain(
                        DowntimePackLayout.NO_ARRIVALS,
                        DowntimePackLayout.NO_IN_HOUSE,
                        DowntimePackLayout.NO_ROOMS,
                        DowntimePackLayout.NO_BALANCES);
        List<String> sections = List.of(
                DowntimePackLayout.ARRIVALS,
                DowntimePackLayout.IN_HOUSE,
                DowntimePackLayout.DEPARTURES,
                DowntimePackLayout.ROOM_STATUS,
                DowntimePackLayout.BALANCES);
        for (int i = 1; i < sections.size(); i++) {
            assertThat(text.indexOf(sections.get(i - 1))).isLessThan(text.indexOf(sections.get(i)));
        }
        // In house by room: 9 before 118 before 214 (numbers, not text).
        String inHouse =
                text.substring(text.indexOf(DowntimePackLayout.IN_HOUSE), text.indexOf(DowntimePackLayout.DEPARTURES));
        assertThat(inHouse.indexOf("Ana María Muñoz")).isLessThan(inHouse.indexOf(WEISS));
        assertThat(inHouse.indexOf(WEISS)).isLessThan(inHouse.indexOf(ZOE));
    }

    @Test
    void theCsvLeadsEveryLineWithItsSection() {
        DowntimePack pack = Outage.pack();
        CsvRows csv = CsvRows.parse(reports.downtimePackCsv(pack));
        String pdf = Printed.read(reports.downtimePackPdf(pack)).flat();

        assertThat(csv.header().getFirst()).isEqualTo("Section");
        assertThat(csv.where("Section", DowntimePackLayout.ARRIVALS)).hasSize(2);
        assertThat(csv.where("Section", DowntimePackLayout.IN_HOUSE)).hasSize(3);
        assertThat(csv.where("Section", DowntimePackLayout.DEPARTURES)).isEmpty();
        assertThat(csv.where("Section", DowntimePackLayout.ROOM_STATUS)).hasSize(4);
        assertThat(csv.where("Section", DowntimePackLayout.BALANCES)).hasSize(2);
        assertThat(csv.rows()).hasSize(11);
        assertThat(csv.where("Section", DowntimePackLayout.IN_HOUSE).stream().map(r -> csv.get(r, "Room")))
                .containsExactly("9", "118", "214");
        assertThat(csv.where("Section", DowntimePackLayout.ROOM_STATUS).stream().map(r -> csv.get(r, "Room")))
                .containsExactly("9", "118", "214", "305");
        assertThat(csv.where("Out of order", "yes").stream().map(r -> csv.get(r, "Room")))
                .containsExactly("305");
        assertThat(csv.column("Balance")).contains("1318.50", "-20.00", "-300.00", "0.00");
        for (List<String> row : csv.rows()) {
            String key = csv.get(row, "Booking").isEmpty() ? csv.get(row, "Room") : csv.get(row, "Booking");
            assertThat(pdf).contains(key);
            if (!csv.get(row, "Guest").isEmpty()) {
                assertThat(pdf)
                        .contains(csv.get(row, "Guest")
                                .substring(0, Math.min(20, csv.get(row, "Guest").length())));
            }
        }
    }

    @Test
    void anEmptyPackSaysSoInEverySection() {
        DowntimePack empty = new DowntimePack(
                Guests.header("Downtime pack", "Business date 2026-11-23"),
                "EUR",
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of());

        Printed pdf = Printed.read(reports.downtimePackPdf(empty), "downtime-pack-empty");

        assertThat(pdf.flat())
                .contains(
                        DowntimePackLayout.NO_ARRIVALS,
                        DowntimePackLayout.NO_IN_HOUSE,
                        DowntimePackLayout.NO_DEPARTURES,
                        DowntimePackLayout.NO_ROOMS,
                        DowntimePackLayout.NO_BALANCES)
                .contains("Page 1 of 1");
        assertThat(CsvRows.parse(reports.downtimePackCsv(empty)).rows()).isEmpty();
    }
}
