package app.innkeep.standby.reentry;

import app.innkeep.model.reentry.ClosingCheckAnswer;
import app.innkeep.model.reentry.ClosingCheckRequest;
import app.innkeep.standby.cloud.CloudClient.CloudRefused;
import app.innkeep.standby.cloud.CloudClient.CloudUnreachable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The closing check of a re-entry: every posted entry is in the cloud with its amount, and every touched folio's
 * balance in the cloud is what the desk had (the cloud's lines other than re-entered ones, plus the standby's own).
 * Sign-off needs it green.
 */
@Singleton
public class ClosingCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ClosingCheck.class);

    private final OpenReentries reentries;
    private final ReentryStore store;
    private final Worklist worklist;
    private final ReentryCloud cloud;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    public ClosingCheck(
            OpenReentries reentries,
            ReentryStore store,
            Worklist worklist,
            ReentryCloud cloud,
            TransactionOperations<Connection> tx,
            Clock clock) {
        this.reentries = reentries;
        this.store = store;
        this.worklist = worklist;
        this.cloud = cloud;
        this.tx = tx;
        this.clock = clock;
    }

    /** Syncs, asks the cloud and compares; the report is kept with the re-entry. Returns whether it is green. */
    public boolean verify(String user, long outageId) {
        tx.executeWrite(s -> reentries.open(outageId));
        var synced = cloud.syncFirst();
        List<String> report = new ArrayList<>();
        if (!synced.upToDate()) {
            report.add("The sync before the check did not succeed: " + synced.message());
            return keep(outageId, false, report);
        }
        ReentryCloud.Paired paired = cloud.paired();
        List<WorkItem> items = tx.executeRead(s -> worklist.items(outageId));
        long open = items.stream().filter(i -> !i.settled()).count();
        if (open > 0) {
            report.add(open + " entries are not settled yet.");
        }
        List<String> ids = items.stream()
                .filter(i -> i.status() == WorkStatus.POSTED)
                .map(i -> i.entry().entryId())
                .toList();
        // The bookings the re-entry touched: their standby reference, and the cloud booking each is now.
        Map<String, String> bookings = new LinkedHashMap<>();
        for (WorkItem i : items) {
            if (i.entry().bookingRef() != null && i.cloudConfirmation() != null && i.settled()) {
                bookings.putIfAbsent(i.entry().bookingRef(), i.cloudConfirmation());
            }
        }
        ClosingCheckAnswer answer;
        try {
            answer = paired.closingCheck(
                    new ClosingCheckRequest(ids, new ArrayList<>(new LinkedHashSet<>(bookings.values()))));
        } catch (CloudRefused | CloudUnreachable e) {
            report.add("The cloud could not be asked: " + e.getMessage());
            return keep(outageId, false, report);
        }
        int checked = entriesFound(items, answer, report);
        int balances = balancesEqual(items, bookings, answer, report);
        boolean ok = report.isEmpty();
        report.add(
                0,
                (ok ? "Verified: " : "Not verified: ") + checked + " posted entries found with equal amounts, "
                        + balances + " of " + bookings.size() + " folio balances equal.");
        LOG.info("Re-entry verification of outage {} by {}: {}", outageId, user, report.getFirst());
        return keep(outageId, ok, report);
    }

    /** Each posted entry is in the cloud with the standby's amount; returns how many are. */
    private static int entriesFound(List<WorkItem> items, ClosingCheckAnswer answer, List<String> report) {
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
                report.add("Entry " + i.entry().position() + " (" + i.entry().action() + " "
                        + i.entry().bookingRef() + ") is not in the cloud.");
            } else if (i.entry().amount() != null
                    && m.amount() != null
                    && m.amount().compareTo(i.entry().amount()) != 0) {
                report.add("Entry " + i.entry().position() + " has " + m.amount() + " in the cloud, "
                        + i.entry().amount() + " on the standby.");
            } else {
                checked++;
            }
        }
        return checked;
    }

    /** Each touched folio's balance in the cloud is the desk's; returns how many are. */
    private int balancesEqual(
            List<WorkItem> items, Map<String, String> bookings, ClosingCheckAnswer answer, List<String> report) {
        Map<String, BigDecimal> cloudBalances = new HashMap<>();
        for (ClosingCheckAnswer.Balance b : answer.balances()) {
            if (b.balance() != null) {
                cloudBalances.put(String.valueOf(b.cloudConfirmation()), b.balance());
            }
        }
        Set<Long> reentered = new HashSet<>();
        items.stream().filter(i -> i.cloudLineId() != null).forEach(i -> reentered.add(i.cloudLineId()));
        int balances = 0;
        for (var b : bookings.entrySet()) {
            BigDecimal expected = tx.executeRead(s -> deskBalance(b.getKey(), b.getValue(), reentered));
            BigDecimal there = cloudBalances.get(b.getValue());
            if (there == null || there.compareTo(expected) != 0) {
                report.add(
                        "Folio " + b.getKey() + (b.getKey().equals(b.getValue()) ? "" : " (cloud " + b.getValue() + ")")
                                + ": the cloud's balance is " + there + ", the standby's " + expected + ".");
            } else {
                balances++;
            }
        }
        return balances;
    }

    /** What the desk had: the cloud folio's lines other than the re-entered ones, plus the standby's own lines. */
    private BigDecimal deskBalance(String bookingRef, String cloudConfirmation, Set<Long> reentered) {
        BigDecimal cloudLines = BigDecimal.ZERO;
        for (ReentryStore.CloudLine l : store.cloudLines(cloudConfirmation)) {
            if (!reentered.contains(l.lineId())) {
                cloudLines = cloudLines.add(l.signedAmount());
            }
        }
        return cloudLines.add(store.deskLinesBalance(bookingRef));
    }

    private boolean keep(long outageId, boolean ok, List<String> report) {
        tx.executeWrite(s -> {
            store.checked(outageId, clock.instant(), ok, String.join("\n", report));
            return null;
        });
        return ok;
    }
}
