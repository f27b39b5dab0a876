package app.innkeep.cloud.nightaudit;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.booking.Bookings;
import app.innkeep.cloud.folio.PostingRent;
import app.innkeep.cloud.outbox.Outbox;
import app.innkeep.cloud.pairing.DeviceRow;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.event.PropertyEvent.BusinessDateRolled;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a business date: posts one night of {@code RENT} to every in-house booking and rolls the date. The caller
 * names the date it means to close, so a double click or a retry never closes two days; posting is idempotent per
 * booking and night. While a paired standby is silent it may be closing the day itself, cut off: the close is then
 * refused unless the caller takes it over ({@code takeOverFromStandby}, audited; ADR 0017).
 */
@Singleton
public class NightAuditService {

    private static final Logger LOG = LoggerFactory.getLogger(NightAuditService.class);
    private static final int PAGE = 500;

    /**
     * The date being closed; {@code takeOverFromStandby} true closes it although a paired standby is silent (it is
     * switched off, not running the desk cut off).
     */
    @Serdeable
    public record NightAuditRequest(
            @NotNull LocalDate businessDate, @Nullable Boolean takeOverFromStandby) {
        public NightAuditRequest(LocalDate businessDate) {
            this(businessDate, null);
        }

        boolean takesOver() {
            return Boolean.TRUE.equals(takeOverFromStandby);
        }
    }

    /** {@code takenOverFrom}: the silent standbys whose close the caller took over (empty normally). */
    @Serdeable
    public record NightAuditResponse(
            LocalDate closedDate,
            LocalDate businessDate,
            int rentPosted,
            int alreadyPosted,
            List<String> arrivalsNotCheckedIn,
            List<String> takenOverFrom) {}

    private final Properties properties;
    private final Outbox outbox;
    private final PropertyAccess access;
    private final Bookings bookings;
    private final PostingRent rent;
    private final AuditTrail audit;
    private final StandbySilence silence;
    private final ClosedDays closedDays;
    private final Clock clock;

    public NightAuditService(
            Properties properties,
            PropertyAccess access,
            Bookings bookings,
            PostingRent rent,
            AuditTrail audit,
            Outbox outbox,
            StandbySilence silence,
            ClosedDays closedDays,
            Clock clock) {
        this.silence = silence;
        this.closedDays = closedDays;
        this.clock = clock;
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
        List<String> takenOver = takeOverOrRefuse(property, request, caller);
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
        closedDays.insert(new ClosedDays.ClosedDay(
                property.id(), date, DayCloser.CLOUD, null, !takenOver.isEmpty(), clock.instant(), caller.username()));
        properties.setBusinessDate(property.id(), next);
        outbox.append(property, caller.username(), date, new BusinessDateRolled(date, next));
        var response = new NightAuditResponse(date, next, posted, already, missing, takenOver);
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

    /**
     * The silent standbys whose close the caller takes over (recorded in the audit trail), none when every standby
     * was heard from lately; refused while one is silent and the caller did not say so.
     */
    private List<String> takeOverOrRefuse(PropertyRow property, NightAuditRequest request, Caller caller) {
        List<DeviceRow> silent = silence.silent(property.id(), clock.instant());
        if (silent.isEmpty()) {
            return List.of();
        }
        List<String> names = silent.stream()
                .map(d -> "'" + d.name() + "' (device " + d.id() + ", last heard of " + StandbySilence.lastHeardOf(d)
                        + ")")
                .toList();
        if (!request.takesOver()) {
            throw Problem.conflict(
                    "standby-may-be-closing",
                    "takeOverFromStandby",
                    "the standby " + String.join(", ", names) + " of " + property.code()
                            + " has been silent for more than "
                            + spoken(silence.silence())
                            + ": it may be running the desk cut off and will close " + property.businessDate()
                            + " itself, to be re-entered here when the line is back. If it is merely switched off,"
                            + " send \"takeOverFromStandby\": true to close the day in the cloud");
        }
        audit.record(
                property.id(),
                caller.username(),
                "night-audit.taken-over",
                "business-date",
                property.businessDate().toString(),
                null,
                names);
        LOG.warn(
                "Night audit of {} for {} taken over from silent standby {} by {}",
                property.code(),
                property.businessDate(),
                names,
                caller.username());
        return names;
    }

    /** A silence as people say it: "3 hours", "90 minutes", "45 seconds". */
    static String spoken(java.time.Duration d) {
        if (d.toSeconds() < 120) {
            return d.toSeconds() + (d.toSeconds() == 1 ? " second" : " seconds");
        }
        if (d.toMinutes() < 120 || d.toMinutes() % 60 != 0) {
            return d.toMinutes() + " minutes";
        }
        return d.toHours() + " hours";
    }
}
