package app.innkeep.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The "Financials" (payments and refunds by receipt type) or "Items" (charges and voids by inventory item) re-entry
 * report: entries grouped by {@code code}, each group with its subtotal, and a grand total. {@code groupLabel} names
 * the grouping column ("Receipt type", "Inventory item"). Entries keep the order they were taken in within a group.
 */
public record MoneyReport(ReportHeader header, String currency, String groupLabel, List<MoneyEntry> entries) {

    public MoneyReport {
        Objects.requireNonNull(header, "header");
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /**
     * One group of the report: every entry with this {@code code} (blank codes form the group ""), in the order given,
     * and their sum. {@code description} is the first non-blank {@code codeDescription} of the group, or "".
     */
    public record Group(String code, String description, List<MoneyEntry> entries, BigDecimal subtotal) {

        public Group {
            entries = List.copyOf(entries);
        }
    }

    /** The groups sorted by code; each subtotal is the sum of its entries' signed amounts. */
    public List<Group> groups() {
        Map<String, List<MoneyEntry>> byCode = new LinkedHashMap<>();
        for (MoneyEntry entry : entries) {
            byCode.computeIfAbsent(PrintedValues.text(entry.code()), code -> new ArrayList<>())
                    .add(entry);
        }
        return byCode.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(group -> new Group(
                        group.getKey(),
                        group.getValue().stream()
                                .map(entry -> PrintedValues.text(entry.codeDescription()))
                                .filter(description -> !description.isEmpty())
                                .findFirst()
                                .orElse(""),
                        group.getValue(),
                        group.getValue().stream().map(MoneyEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add)))
                .toList();
    }

    /** The sum of the groups' subtotals, which is the sum of all entries. */
    public BigDecimal grandTotal() {
        return groups().stream().map(Group::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
