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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The closing check of a re-entry: every posted entry is in the cloud with its amount, every touched folio's balance
 * in the cloud is what the desk had (the cloud's lines other than re-entered ones, plus the standby's own), and every
 * night the standby closed has the same RENT count and total in the cloud (ADR 0017). Sign-off needs it green.
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
        Map<String, String> bookings = ClosingFindings.touchedBookings(items);
        ClosingCheckAnswer answer;
        try {
            answer = paired.closingCheck(new ClosingCheckRequest(
                    ClosingFindings.postedEntries(items),
                    new ArrayList<>(new LinkedHashSet<>(bookings.values())),
                    ClosingFindings.nights(items)));
        } catch (CloudRefused | CloudUnreachable e) {
            report.add("The cloud could not be asked: " + e.getMessage());
            return keep(outageId, false, report);
        }
        Set<Long> reentered = ClosingFindings.reenteredLines(items);
        Map<String, BigDecimal> deskBalances = tx.executeRead(s -> {
            Map<String, BigDecimal> balances = new HashMap<>();
            bookings.forEach((ref, conf) -> balances.put(ref, deskBalance(ref, conf, reentered)));
            return balances;
        });
        ClosingFindings findings = ClosingFindings.of(items, bookings, answer, deskBalances);
        report.addAll(findings.differences());
        boolean ok = report.isEmpty();
        report.add(
                0,
                (ok ? "Verified: " : "Not verified: ") + findings.entriesFound()
                        + " posted entries found with equal amounts, " + findings.balancesEqual() + " of "
                        + bookings.size() + " folio balances equal"
                        + nightsChecked(
                                findings.nightsEqual(),
                                ClosingFindings.nights(items).size()) + ".");
        LOG.info("Re-entry verification of outage {} by {}: {}", outageId, user, report.getFirst());
        return keep(outageId, ok, report);
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

    /** The nights part of the summary, only when the outage closed days on the standby. */
    private static String nightsChecked(long equal, int nights) {
        return nights == 0
                ? ""
                : ", " + equal + " of " + nights + (nights == 1 ? " night's" : " nights'") + " RENT equal";
    }
}
