package app.innkeep.cloud.nightaudit;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.booking.Bookings;
import app.innkeep.cloud.folio.PostingRent;
import app.innkeep.cloud.outbox.Outbox;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.event.PropertyEvent.BusinessDateRolled;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a business date: posts one night of {@code RENT} to every in-house booking and rolls the date. The caller
 * names the date it means to close, so a double click or a retry never closes two days; posting is idempotent per
 * booking and night.
 */
@Singleton
public class NightAuditService {

    private static final Logger LOG = LoggerFactory.getLogger(NightAuditService.class);
    private static final int PAGE = 500;

    @Serdeable
    public record NightAuditRequest(@NotNull LocalDate businessDate) {}

    @Serdeable
    public record NightAuditResponse(
            LocalDate closedDate,
            LocalDate businessDate,
            int rentPosted,
            int alreadyPosted,
            List<String> arrivalsNotCheckedIn) {}

    private final Properties properties;
    private final Outbox outbox;
    private final PropertyAccess access;
    private final Bookings bookings;
    private final PostingRent rent;
    private final AuditTrail audit;

    public NightAuditService(
            Properties properties,
            PropertyAccess access,
            Bookings bookings,
            PostingRent rent,
            AuditTrail audit,
            Outbox outbox) {
        this.outbox = outbox;
        this.properties = properties;
        this.access = access;
        this.bookings = bookings;
        this.rent = rent;
        this.audit = audit;
    }

    @Transactional
    public NightAuditResponse run(Caller caller, String propertyCode, NightAuditRequest request) {
        PropertyRow property = access.requireForChange(
                caller, propertyCode, Set.of(StaffRole.NIGHT_AUDITOR, StaffRole.PROPERTY_ADMIN));
        LocalDate date = property.businessDate();
        if (!date.equals(request.businessDate())) {
            throw Problem.conflict(
                    "business-date-mismatch",
                    "businessDate",
                    "the business date is " + date + ", not " + request.businessDate()
                            + (request.businessDate().isBefore(date) ? "; that day is already closed" : ""));
        }
        int posted = 0;
        int already = 0;
        for (int offset = 0; ; offset += PAGE) {
            List<BookingRow> inHouse = bookings.search(
                    property.id(), new Bookings.Criteria(null, null, null, null, null, date, offset, PAGE));
            for (BookingRow booking : inHouse) {
                if (rent.postRent(property, booking, date, caller.username())) {
                    posted++;
                } else {
                    already++;
                }
            }
            if (inHouse.size() < PAGE) {
                break;
            }
        }
        List<String> missing = bookings
                .search(
                        property.id(),
                        new Bookings.Criteria(null, null, BookingStatus.RESERVED, date, null, null, 0, 200))
                .stream()
                .map(BookingRow::confirmation)
                .toList();
        LocalDate next = date.plusDays(1);
        properties.setBusinessDate(property.id(), next);
        outbox.append(property, caller.username(), date, new BusinessDateRolled(date, next));
        var response = new NightAuditResponse(date, next, posted, already, missing);
        audit.record(
                property.id(),
                caller.username(),
                "night-audit.closed",
                "business-date",
                date.toString(),
                null,
                response);
        LOG.info(
                "Night audit of {} closed {}: RENT posted to {} in-house bookings, {} arrivals not checked in; business date is now {}",
                propertyCode,
                date,
                posted,
                missing.size(),
                next);
        return response;
    }
}
