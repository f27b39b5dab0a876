package app.innkeep.standby.reentry;

import app.innkeep.model.reentry.ClosingCheckAnswer;
import app.innkeep.model.reentry.NightRent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the closing check finds when it lays the cloud's answer beside the worklist: posted entries the cloud does not
 * have or has with another amount, folios whose balance in the cloud is not the desk's, and nights the standby closed
 * whose RENT count or total differs in the cloud. No database, no cloud.
 */
record ClosingFindings(int entriesFound, int balancesEqual, int nightsEqual, List<String> differences) {

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

    /**
     * The standby's RENT per night, from its journal: each night its night audit closed (DAY_CLOSED) or posted RENT
     * for, with the count and total of those RENT entries, earliest night first. A RENT entry the auditor skipped (the
     * cloud had cancelled the stay, say) is left out: it was decided not to reach the cloud.
     */
    static List<NightRent> nights(List<WorkItem> items) {
        Map<LocalDate, NightRent> nights = new TreeMap<>();
        for (WorkItem i : items) {
            LocalDate night = i.entry().businessDate();
            switch (i.entry().action()) {
                case "DAY_CLOSED" -> nights.putIfAbsent(night, NightRent.none(night));
                case "RENT" -> {
                    if (i.status() != WorkStatus.SKIPPED) {
                        NightRent so = nights.getOrDefault(night, NightRent.none(night));
                        BigDecimal amount = i.entry().amount() == null
                                ? BigDecimal.ZERO
                                : i.entry().amount();
                        nights.put(
                                night,
                                new NightRent(
                                        night,
                                        so.rentCount() + 1,
                                        so.rentTotal().add(amount)));
                    }
                }
                default -> {}
            }
        }
        return List.copyOf(nights.values());
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
        int nights = nightsEqual(nights(items), answer, differences);
        return new ClosingFindings(entries, balances, nights, differences);
    }

    /** Each night the standby closed has the same RENT count and total in the cloud; returns how many do. */
    private static int nightsEqual(List<NightRent> standby, ClosingCheckAnswer answer, List<String> differences) {
        Map<LocalDate, NightRent> cloud = new HashMap<>();
        answer.nights().forEach(n -> cloud.put(n.night(), n));
        int equal = 0;
        for (NightRent here : standby) {
            NightRent there = cloud.get(here.night());
            if (here.agreesWith(there)) {
                equal++;
            } else {
                differences.add("Night " + here.night() + ": the cloud has "
                        + (there == null ? "no answer" : rent(there)) + ", the standby " + rent(here) + ".");
            }
        }
        return equal;
    }

    private static String rent(NightRent n) {
        return n.rentCount() + " RENT for "
                + n.rentTotal().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
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
