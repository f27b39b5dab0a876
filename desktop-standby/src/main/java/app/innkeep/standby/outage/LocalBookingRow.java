package app.innkeep.standby.outage;

import app.innkeep.model.BookingStatus;
import app.innkeep.standby.desk.BookingOrigin;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The desk's version of a booking taken or changed during an outage; {@code baseState} is the cloud's version when the
 * desk first changed it (null for a walk-in), {@code retiredAt} is set at the outage's sign-off.
 */
@MappedEntity(
        value = "LOCAL_BOOKING",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
record LocalBookingRow(
        @Id String confirmation,
        BookingOrigin origin,
        BookingStatus status,
        @Nullable Long guestId,
        String firstName,
        String lastName,
        String searchName,
        @Nullable String email,
        @Nullable String phone,
        String sourceCode,
        String roomType,
        @Nullable String roomNumber,
        LocalDate arrival,
        LocalDate departure,
        int adults,
        int children,
        BigDecimal rate,
        @Nullable String cancelReason,
        @Nullable String notes,
        @Nullable String baseState,
        long outageId,
        Instant changedAt,
        @Nullable Instant retiredAt) {}
