package app.innkeep.cloud.folio;

import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.booking.BookingViews;
import app.innkeep.cloud.folio.FolioRequests.FolioResponse;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import app.innkeep.model.LineKind;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A booking's folio as the desk reads it: every line, which are reversed, and balance = charges - payments. */
@Singleton
public class ViewingFolio {

    private final PropertyAccess access;
    private final BookingViews bookings;
    private final FolioLines lines;

    public ViewingFolio(PropertyAccess access, BookingViews bookings, FolioLines lines) {
        this.access = access;
        this.bookings = bookings;
        this.lines = lines;
    }

    @Transactional
    public FolioResponse folio(Caller caller, String propertyCode, String confirmation) {
        PropertyRow property = access.require(caller, propertyCode, DeskStaff.ROLES);
        return folio(property, bookings.existing(property, confirmation));
    }

    private FolioResponse folio(PropertyRow property, BookingRow booking) {
        List<FolioLineRow> rows = lines.ofBooking(property.id(), booking.id());
        Set<Long> reversed = new HashSet<>();
        rows.stream().filter(r -> r.reversesLineId() != null).forEach(r -> reversed.add(r.reversesLineId()));
        BigDecimal charges = sum(rows, LineKind.CHARGE);
        BigDecimal payments = sum(rows, LineKind.PAYMENT);
        return new FolioResponse(
                booking.confirmation(),
                property.currency(),
                rows.stream()
                        .map(r -> FolioPostings.response(r, reversed.contains(r.id())))
                        .toList(),
                charges,
                payments,
                charges.subtract(payments));
    }

    private static BigDecimal sum(List<FolioLineRow> rows, LineKind kind) {
        return rows.stream()
                .filter(r -> r.kind() == kind)
                .map(FolioLineRow::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
