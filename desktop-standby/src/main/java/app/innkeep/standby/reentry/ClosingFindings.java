package app.innkeep.standby.reentry;

import app.innkeep.model.reentry.ClosingCheckAnswer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the closing check finds when it lays the cloud's answer beside the worklist: posted entries the cloud does not
 * have or has with another amount, and folios whose balance in the cloud is not the desk's. No database, no cloud.
 */
record ClosingFindings(int entriesFound, int balancesEqual, List<String> differences) {

    ClosingFindings {
        differences = List.copyOf(differences);
    }

    /** The entries the assistant posted: the cloud is asked for each. */
    static List<String> postedEntries(List<WorkItem> items) {
        return items.stream()
                .filter(i -> i.status() == WorkStatus.POSTED)
                .map(i -> i.entry().entryId())
                .toList();
    }

    /** The bookings the re-entry touched: their standby reference (a D-number, say) → the cloud booking it is now. */
    static Map<String, String> touchedBookings(List<WorkItem> items) {
        Map<String, String> bookings = new LinkedHashMap<>();
        for (WorkItem i : items) {
            if (i.entry().bookingRef() != null && i.cloudConfirmation() != null && i.settled()) {
                bookings.putIfAbsent(i.entry().bookingRef(), i.cloudConfirmation());
            }
        }
        return bookings;
    }

    /** The cloud lines the re-entry made: the desk's own lines stand for them in the desk's balance. */
    static Set<Long> reenteredLines(List<WorkItem> items) {
        Set<Long> reentered = new HashSet<>();
        items.stream().filter(i -> i.cloudLineId() != null).forEach(i -> reentered.add(i.cloudLineId()));
        return reentered;
    }

    /**
     * @param bookings as {@link #touchedBookings}
     * @param deskBalances each touched booking's balance as the desk had it, by its standby reference
     */
    static ClosingFindings of(
            List<WorkItem> items,
            Map<String, String> bookings,
            ClosingCheckAnswer answer,
            Map<String, BigDecimal> deskBalances) {
        List<String> differences = new ArrayList<>();
        int entries = entriesFound(items, answer, differences);
        int balances = balancesEqual(bookings, answer, deskBalances, differences);
        return new ClosingFindings(entries, balances, differences);
    }

    /** Each posted entry is in the cloud with the standby's amount; returns how many are. */
    private static int entriesFound(List<WorkItem> items, ClosingCheckAnswer answer, List<String> differences) {
        Map<String, ClosingCheckAnswer.Entry> found = new HashMap<>();
        for (ClosingCheckAnswer.Entry entry : answer.entries()) {
            found.put(entry.entryId(), entry);
        }
        int checked = 0;
        for (WorkItem i : items) {
            if (i.status() != WorkStatus.POSTED) {
                continue;
            }
            ClosingCheckAnswer.Entry m = found.get(i.entry().entryId());
            if (m == null || !m.found()) {
                differences.add("Entry " + i.entry().position() + " ("
                        + i.entry().action() + " " + i.entry().bookingRef() + ") is not in the cloud.");
            } else if (i.entry().amount() != null
                    && m.amount() != null
                    && m.amount().compareTo(i.entry().amount()) != 0) {
                differences.add("Entry " + i.entry().position() + " has " + m.amount() + " in the cloud, "
                        + i.entry().amount() + " on the standby.");
            } else {
                checked++;
            }
        }
        return checked;
    }

    /** Each touched folio's balance in the cloud is the desk's; returns how many are. */
    private static int balancesEqual(
            Map<String, String> bookings,
            ClosingCheckAnswer answer,
            Map<String, BigDecimal> deskBalances,
            List<String> differences) {
        Map<String, BigDecimal> cloudBalances = new HashMap<>();
        for (ClosingCheckAnswer.Balance b : answer.balances()) {
            if (b.balance() != null) {
                cloudBalances.put(String.valueOf(b.cloudConfirmation()), b.balance());
            }
        }
        int balances = 0;
        for (var b : bookings.entrySet()) {
            BigDecimal expected = deskBalances.get(b.getKey());
            BigDecimal there = cloudBalances.get(b.getValue());
            if (there == null || there.compareTo(expected) != 0) {
                differences.add(
                        "Folio " + b.getKey() + (b.getKey().equals(b.getValue()) ? "" : " (cloud " + b.getValue() + ")")
                                + ": the cloud's balance is " + there + ", the standby's " + expected + ".");
            } else {
                balances++;
            }
        }
        return balances;
    }
}
