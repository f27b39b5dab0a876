package app.innkeep.cloud.booking;

import app.innkeep.cloud.booking.BookingRequests.BookingResponse;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/** The desk looking a booking up, or searching for bookings. */
@Singleton
public class FindingBookings {

    private final PropertyAccess access;
    private final Bookings bookings;
    private final BookingViews views;

    public FindingBookings(PropertyAccess access, Bookings bookings, BookingViews views) {
        this.access = access;
        this.bookings = bookings;
        this.views = views;
    }

    @Transactional
    public BookingResponse get(Caller caller, String propertyCode, String confirmation) {
        PropertyRow property = access.require(caller, propertyCode, DeskStaff.ROLES);
        return views.response(views.existing(property, confirmation));
    }

    @Transactional
    public List<BookingResponse> search(Caller caller, String propertyCode, Bookings.Criteria criteria) {
        PropertyRow property = access.require(caller, propertyCode, DeskStaff.ROLES);
        return bookings.search(property.id(), criteria).stream()
                .map(views::response)
                .toList();
    }
}
