package app.innkeep.reports;

import java.util.List;

/**
 * The "Financials" (payments and refunds by receipt type) or "Items" (charges and voids by inventory item) re-entry
 * report: entries grouped by {@code code}, each group with its subtotal, and a grand total. {@code groupLabel} names
 * the grouping column ("Receipt type", "Inventory item"). Entries keep the order they were taken in within a group.
 */
public record MoneyReport(ReportHeader header, String currency, String groupLabel, List<MoneyEntry> entries) {}
