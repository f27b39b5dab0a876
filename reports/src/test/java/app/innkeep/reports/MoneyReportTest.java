package app.innkeep.reports;

import static app.innkeep.reports.Guests.LONG_NAME;
import static app.innkeep.reports.Guests.ZOE;
import static app.innkeep.reports.Outage.FORMULA_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MoneyReportTest {

    private static final Reports reports = new Reports();

    /** "Subtotal VISA · Visa card (2 entries) 180.00 EUR" as the PDF prints it. */
    private static final Pattern SUBTOTAL =
            Pattern.compile("Subtotal (\\S+)(?: · [^(]*)? \\((\\d+) entr(?:y|ies)\\) (-?[\\d,]+\\.\\d{2}) EUR");

    private static final Pattern GRAND_TOTAL = Pattern.compile("Grand total (-?[\\d,]+\\.\\d{2}) EUR");

    @Test
    void groupsAreSortedByCodeKeepTheirEntriesInOrderAndSumToTheGrandTotal() {
        MoneyReport financials = Outage.financials();

        List<MoneyReport.Group> groups = financials.groups();

        assertThat(groups).extracting(MoneyReport.Group::code).containsExactly("CASH", "MC", "VISA");
        assertThat(groups)
                .extracting(MoneyReport.Group::description)
                .containsExactly("Cash", "Mastercard", "Visa card");
        assertThat(groups.get(2).entries()).extracting(MoneyEntry::kind).containsExactly("PAYMENT", "REFUND");
        assertThat(groups)
                .extracting(MoneyReport.Group::subtotal)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-50.00"), new BigDecimal("1234.50"), new BigDecimal("180.00"));
        for (MoneyReport.Group group : groups) {
            assertThat(group.subtotal()).isEqualByComparingTo(sum(group.entries()));
        }
        assertThat(financials.grandTotal())
                .isEqualByComparingTo(
                        groups.stream().map(MoneyReport.Group::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(sum(financials.entries()))
                .isEqualByComparingTo("1364.50");
    }

    @Test
    void financialsPrintPaymentsAndRefundsByReceiptTypeWithSubtotalsAndGrandTotal() {
        Printed pdf = Printed.read(reports.moneyReportPdf(Outage.financials()), "financials");

        assertThat(pdf.flat())
                .contains("Financials", Outage.PERIOD, "Generated 2026-11-23 14:05", "Data as of", "Page 1 of 1")
                .contains("Receipt type CASH · Cash", "Receipt type MC · Mastercard", "Receipt type VISA · Visa card")
                .contains("D1042", "D1043", "100123", "100124", ZOE, "Müller, Hans")
                .contains("Payment", "Refund", "••••4242", "Amount (EUR)")
                .contains("200.00", "-20.00", "0.00", "-50.00", "1,234.50")
                .contains("Subtotal VISA · Visa card (2 entries) 180.00 EUR")
                .contains("Subtotal CASH · Cash (2 entries) -50.00 EUR")
                .contains("Subtotal MC · Mastercard (1 entry) 1,234.50 EUR")
                .contains("Grand total 1,364.50 EUR");
        assertThat(pdf.flat()).contains(LONG_NAME.substring(0, 20));
        assertPrintedTotalsAddUp(pdf, Outage.financials());
    }

    @Test
    void itemsPrintChargesAndVoidsByInventoryItem() {
        Printed pdf = Printed.read(reports.moneyReportPdf(Outage.items()), "items");

        assertThat(pdf.flat())
                .contains("Items", "Inventory item CITYTAX · Ortstaxe", "Inventory item MINIBAR · Minibar")
                .contains("Charge", "Void", "Crème brûlée", "Ortstaxe für Gäste", "Minibar: 3 × Almdudler")
                .contains("13.50", "-13.50", "-3")
                .contains("Subtotal MINIBAR · Minibar (3 entries) 4.50 EUR")
                .contains("Grand total 1,245.00 EUR");
        assertPrintedTotalsAddUp(pdf, Outage.items());
    }

    @Test
    void theCsvHoldsEntrySubtotalAndTotalRowsThatAddUp() {
        MoneyReport financials = Outage.financials();
        Printed pdf = Printed.read(reports.moneyReportPdf(financials));
        CsvRows csv = CsvRows.parse(reports.moneyReportCsv(financials));

        assertThat(csv.header())
                .containsExactly(
                        "Row",
                        "Receipt type",
                        "Receipt type description",
                        "Entered",
                        "User",
                        "Business date",
                        "Type",
                        "Booking",
                        "Guest",
                        "Room",
                        "Description",
                        "Quantity",
                        "Card",
                        "Amount",
                        "Currency");
        assertThat(csv.column("Row"))
                .containsExactly(
                        "entry", "entry", "subtotal", "entry", "subtotal", "entry", "entry", "subtotal", "total");
        assertCsvTotalsAddUp(csv, "Receipt type", financials);
        // Same entry lines as the PDF, in the same order.
        List<List<String>> entries = csv.where("Row", "entry");
        assertThat(entries)
                .hasSize(RoomBookingsReportTest.ROW_START
                        .matcher(pdf.text())
                        .results()
                        .toList()
                        .size());
        assertThat(entries.stream().map(r -> csv.get(r, "Booking")))
                .containsExactly("100124", "D1043", "100123", "D1042", "D1042");
        assertThat(csv.column("Guest")).contains("'" + FORMULA_NAME);
        assertThat(csv.column("Amount")).contains("-50.00", "-20.00", "1234.50", "1364.50");
    }

    @Test
    void twoThousandEntriesRunOverManyPagesAndTheTotalsStillAddUp() {
        MoneyReport items = Outage.manyItems(2000);

        Printed pdf = Printed.read(reports.moneyReportPdf(items), "items-2000");
        CsvRows csv = CsvRows.parse(reports.moneyReportCsv(items));

        assertThat(pdf.pages()).isGreaterThan(20);
        assertThat(pdf.flat())
                .contains("Page 1 of " + pdf.pages(), "Page " + pdf.pages() + " of " + pdf.pages())
                .contains("2000 entries in 6 groups by inventory item");
        assertThat(pdf.flat().split("Page \\d+ of " + pdf.pages(), -1)).hasSize(pdf.pages() + 1);
        assertPrintedTotalsAddUp(pdf, items);
        assertCsvTotalsAddUp(csv, "Inventory item", items);
        assertThat(csv.where("Row", "entry"))
                .hasSize(2000)
                .hasSize(RoomBookingsReportTest.ROW_START
                        .matcher(pdf.text())
                        .results()
                        .toList()
                        .size());
    }

    @Test
    void anEmptyWindowSaysNothingWasDoneAndTotalsZero() {
        MoneyReport empty = new MoneyReport(Outage.header("Financials"), "EUR", "Receipt type", List.of());

        Printed pdf = Printed.read(reports.moneyReportPdf(empty), "financials-empty");
        CsvRows csv = CsvRows.parse(reports.moneyReportCsv(empty));

        assertThat(empty.groups()).isEmpty();
        assertThat(empty.grandTotal()).isEqualByComparingTo("0");
        assertThat(pdf.flat()).contains(PrintedValues.NOTHING_DONE, "Grand total 0.00 EUR", "Page 1 of 1");
        assertThat(csv.column("Row")).containsExactly("total");
        assertThat(csv.column("Amount")).containsExactly("0.00");
    }

    /** Every printed subtotal is the sum of its group's entries, and the printed grand total the sum of the subtotals. */
    private static void assertPrintedTotalsAddUp(Printed pdf, MoneyReport report) {
        Map<String, List<MoneyEntry>> byCode =
                report.entries().stream().collect(Collectors.groupingBy(MoneyEntry::code));
        Map<String, BigDecimal> printed = new HashMap<>();
        Matcher m = SUBTOTAL.matcher(pdf.flat());
        while (m.find()) {
            printed.put(m.group(1), amount(m.group(3)));
            assertThat(Integer.parseInt(m.group(2)))
                    .isEqualTo(byCode.get(m.group(1)).size());
        }
        assertThat(printed.keySet()).isEqualTo(byCode.keySet());
        byCode.forEach((code, entries) ->
                assertThat(printed.get(code)).as("printed subtotal of " + code).isEqualByComparingTo(sum(entries)));
        Matcher total = GRAND_TOTAL.matcher(pdf.flat());
        assertThat(total.find()).isTrue();
        assertThat(amount(total.group(1)))
                .isEqualByComparingTo(printed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(report.grandTotal());
    }

    private static void assertCsvTotalsAddUp(CsvRows csv, String codeColumn, MoneyReport report) {
        BigDecimal subtotals = BigDecimal.ZERO;
        for (MoneyReport.Group group : report.groups()) {
            List<List<String>> rows = csv.where(codeColumn, group.code());
            BigDecimal lines = rows.stream()
                    .filter(r -> csv.get(r, "Row").equals("entry"))
                    .map(r -> new BigDecimal(csv.get(r, "Amount")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            List<List<String>> subtotal = rows.stream()
                    .filter(r -> csv.get(r, "Row").equals("subtotal"))
                    .toList();
            assertThat(subtotal).hasSize(1);
            BigDecimal printed = new BigDecimal(csv.get(subtotal.getFirst(), "Amount"));
            assertThat(printed).as("CSV subtotal of " + group.code()).isEqualByComparingTo(lines);
            assertThat(printed).isEqualByComparingTo(group.subtotal());
            subtotals = subtotals.add(printed);
        }
        List<List<String>> total = csv.where("Row", "total");
        assertThat(total).hasSize(1);
        assertThat(new BigDecimal(csv.get(total.getFirst(), "Amount"))).isEqualByComparingTo(subtotals);
        assertThat(csv.rows().getLast()).isEqualTo(total.getFirst());
    }

    private static BigDecimal sum(List<MoneyEntry> entries) {
        return entries.stream().map(MoneyEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal amount(String printed) {
        return new BigDecimal(printed.replace(",", ""));
    }
}
