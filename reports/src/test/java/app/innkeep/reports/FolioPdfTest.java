package app.innkeep.reports;

import static app.innkeep.reports.Guests.LONG_NAME;
import static app.innkeep.reports.Guests.ZOE;
import static app.innkeep.reports.Guests.charge;
import static app.innkeep.reports.Guests.folio;
import static app.innkeep.reports.Guests.zoesLines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FolioPdfTest {

    private static final Reports reports = new Reports();

    @Test
    void folioShowsEveryLineWithItsSignedAmount() {
        Printed folio = Printed.read(reports.folioPdf(folio(zoesLines())), "folio");

        assertThat(folio.flat())
                .contains(ZOE, "D1042", "214")
                .contains("Room 214, night of 20 Nov", "Ortstaxe für Gäste", "Crème brûlée")
                .contains("129.00 EUR", "13.50 EUR", "-13.50 EUR", "0.00 EUR", "-200.00 EUR", "20.00 EUR")
                .contains("1,234.50 EUR")
                .contains("RENT", "MINIBAR", "CITYTAX", "RESTAURANT")
                .contains("Charge", "Void", "Payment", "Refund")
                .contains("card ••••4242");
    }

    @Test
    void folioTotalsChargesAndPaymentsAndShowsTheBalance() {
        Folio zoe = folio(zoesLines());

        Printed folio = Printed.read(reports.folioPdf(zoe), "folio");

        assertThat(folio.flat())
                .contains("Total charges 1,498.50 EUR")
                .contains("Total payments -180.00 EUR")
                .contains("Balance 1,318.50 EUR");
        assertThat(zoe.balance()).isEqualByComparingTo("1318.50");
    }

    @Test
    void folioHasTheHeaderAndFooterEveryReportHas() {
        Printed folio = Printed.read(reports.folioPdf(folio(zoesLines())), "folio");

        assertThat(folio.flat())
                .contains("VIE01 · Gasthof Zur Goldenen Gans", "Guest folio", "2026-11-20 – 2026-11-23")
                .contains("Generated 2026-11-23 14:05 (Europe/Vienna)", "Data as of 2026-11-23 13:58")
                .contains("Page 1 of 1");
        assertThat(folio.fonts()).isNotEmpty().allMatch(name -> name.contains("DejaVu"));
        assertThat(folio.embedded()).containsOnly(true);
    }

    @Test
    void anEmptyFolioSaysSoAndBalancesToZero() {
        Printed folio = Printed.read(reports.folioPdf(folio(List.of())), "folio-empty");

        assertThat(folio.flat())
                .contains("No charges or payments yet.")
                .contains("Total charges 0.00 EUR", "Total payments 0.00 EUR", "Balance 0.00 EUR")
                .contains(ZOE, "D1042", "Data as of");
    }

    @Test
    void aLongFolioNumbersItsPagesAndRepeatsWhoseItIs() {
        List<FolioLine> lines = IntStream.rangeClosed(1, 90)
                .mapToObj(i -> charge(20 + i % 3, "BAR", "Bar tab " + i, "1", "4.50"))
                .toList();
        Folio folio = new Folio(Guests.header("Guest folio", ""), "D1045", LONG_NAME, "118", null, null, "EUR", lines);

        Printed printed = Printed.read(reports.folioPdf(folio), "folio-long");

        assertThat(printed.pages()).isGreaterThan(1);
        assertThat(printed.flat())
                .contains("Page 1 of " + printed.pages(), "Page " + printed.pages() + " of " + printed.pages())
                .contains("Bar tab 1 ", "Bar tab 90 ")
                .contains("Balance 405.00 EUR");
        assertThat(printed.flat().split("D1045", -1)).hasSize(printed.pages() + 1);
    }
}
