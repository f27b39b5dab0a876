package app.innkeep.cloud.reentry;

import app.innkeep.cloud.booking.Bookings;
import app.innkeep.cloud.folio.FolioLines;
import app.innkeep.cloud.pairing.DeviceAccess;
import app.innkeep.cloud.pairing.DeviceAccess.AuthorizedDevice;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.reentry.ReentryEntries.EntryRow;
import app.innkeep.cloud.reentry.ReentryRequests.VerifyNight;
import app.innkeep.cloud.reentry.ReentryRequests.VerifyRequest;
import app.innkeep.model.reentry.ClosingCheckAnswer;
import app.innkeep.model.reentry.NightRent;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The standby's closing check after re-entry: which entries the cloud holds, the balances of the bookings, and the
 * cloud's RENT per night for the nights the standby closed (ADR 0017).
 */
@Singleton
public class ClosingCheck {

    /** The nights of one check lie within this many days: an outage, not a year of history. */
    static final int MAX_NIGHTS_SPAN = 400;

    private final DeviceAccess devices;
    private final Bookings bookings;
    private final FolioLines lines;
    private final ReentryEntries entries;
    private final TransactionOperations<Connection> tx;

    public ClosingCheck(
            DeviceAccess devices,
            Bookings bookings,
            FolioLines lines,
            ReentryEntries entries,
            TransactionOperations<Connection> tx) {
        this.devices = devices;
        this.bookings = bookings;
        this.lines = lines;
        this.entries = entries;
        this.tx = tx;
    }

    /** Read-only: which entries exist in the cloud with what they became, and the balances of the bookings. */
    public ClosingCheckAnswer verify(String authorization, String propertyCode, VerifyRequest request) {
        return tx.execute(TransactionDefinition.READ_ONLY, status -> {
            AuthorizedDevice device = devices.require(authorization, propertyCode);
            PropertyRow property = device.property();
            List<String> entryIds = request.entryIds() == null ? List.of() : request.entryIds();
            for (int i = 0; i < entryIds.size(); i++) {
                String id = entryIds.get(i);
                if (id == null || !ReentryPosting.ENTRY_ID.matcher(id).matches()) {
                    throw Problem.invalid("entryIds", "entry " + i + " is not a lower-case UUID: " + abbreviate(id));
                }
            }
            List<String> refs = request.bookings() == null ? List.of() : request.bookings();
            for (int i = 0; i < refs.size(); i++) {
                String ref = refs.get(i);
                if (ref == null || ref.isBlank() || ref.length() > 20) {
                    throw Problem.invalid("bookings", "booking " + i + " must be 1-20 characters: " + abbreviate(ref));
                }
            }
            Map<String, EntryRow> found = entries
                    .findAll(property.id(), entryIds.stream().distinct().toList())
                    .stream()
                    .collect(Collectors.toMap(EntryRow::entryId, Function.identity()));
            List<ClosingCheckAnswer.Entry> verified = new ArrayList<>();
            for (String id : entryIds) {
                EntryRow e = found.get(id);
                verified.add(
                        e == null
                                ? ClosingCheckAnswer.Entry.missing(id)
                                : new ClosingCheckAnswer.Entry(
                                        id,
                                        true,
                                        e.action(),
                                        e.bookingRef(),
                                        e.cloudConfirmation(),
                                        e.lineId(),
                                        e.amount()));
            }
            List<ClosingCheckAnswer.Balance> balances = new ArrayList<>();
            for (String ref : refs) {
                var booking =
                        bookings.byConfirmation(property.id(), ref).or(() -> bookings.byAlias(property.id(), ref));
                balances.add(booking.map(b -> new ClosingCheckAnswer.Balance(
                                ref, b.confirmation(), lines.balance(property.id(), b.id())))
                        .orElse(new ClosingCheckAnswer.Balance(ref, null, null)));
            }
            return new ClosingCheckAnswer(verified, balances, nights(property, request));
        });
    }

    /** The cloud's RENT count and total of each asked night, in the order asked (a night asked twice, once). */
    private List<NightRent> nights(PropertyRow property, VerifyRequest request) {
        List<LocalDate> asked = request.nights() == null
                ? List.of()
                : request.nights().stream().map(VerifyNight::night).distinct().toList();
        if (asked.isEmpty()) {
            return List.of();
        }
        LocalDate first = asked.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = asked.stream().max(LocalDate::compareTo).orElseThrow();
        if (first.plusDays(MAX_NIGHTS_SPAN).isBefore(last)) {
            throw Problem.invalid(
                    "nights",
                    "span " + first + " to " + last + "; one check covers at most " + MAX_NIGHTS_SPAN + " days");
        }
        Map<LocalDate, NightRent> cloud = lines.rentPerNight(property.id(), first, last).stream()
                .collect(Collectors.toMap(NightRent::night, Function.identity()));
        return asked.stream()
                .map(night -> cloud.getOrDefault(night, NightRent.none(night)))
                .toList();
    }

    private static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
