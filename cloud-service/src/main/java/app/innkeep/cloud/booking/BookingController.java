package app.innkeep.cloud.booking;

import app.innkeep.cloud.booking.BookingRequests.AvailabilityResponse;
import app.innkeep.cloud.booking.BookingRequests.BookingResponse;
import app.innkeep.cloud.booking.BookingRequests.CancelRequest;
import app.innkeep.cloud.booking.BookingRequests.CheckInRequest;
import app.innkeep.cloud.booking.BookingRequests.CheckOutRequest;
import app.innkeep.cloud.booking.BookingRequests.CreateBookingRequest;
import app.innkeep.cloud.booking.BookingRequests.ModifyBookingRequest;
import app.innkeep.cloud.security.Caller;
import app.innkeep.model.BookingStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;

@Controller("/api/v1/properties/{code}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class BookingController {

    private final FindingBookings finding;
    private final TakingBooking taking;
    private final ChangingBooking changing;
    private final CancellingBooking cancelling;
    private final MarkingNoShow noShows;
    private final CheckingIn checkingIn;
    private final CheckingOut checkingOut;
    private final AvailabilityService availability;

    public BookingController(
            FindingBookings finding,
            TakingBooking taking,
            ChangingBooking changing,
            CancellingBooking cancelling,
            MarkingNoShow noShows,
            CheckingIn checkingIn,
            CheckingOut checkingOut,
            AvailabilityService availability) {
        this.finding = finding;
        this.taking = taking;
        this.changing = changing;
        this.cancelling = cancelling;
        this.noShows = noShows;
        this.checkingIn = checkingIn;
        this.checkingOut = checkingOut;
        this.availability = availability;
    }

    /** {@code q} matches a confirmation number, a room number or part of a guest's name. */
    @Get("/bookings")
    public List<BookingResponse> search(
            String code,
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String room,
            @Nullable @QueryValue BookingStatus status,
            @Nullable @QueryValue LocalDate arrival,
            @Nullable @QueryValue LocalDate departure,
            @Nullable @QueryValue LocalDate inHouseOn,
            @Nullable @QueryValue @Min(0) Integer offset,
            @Nullable @QueryValue @Min(1) @Max(200) Integer limit,
            Authentication auth) {
        var criteria = new Bookings.Criteria(
                blankToNull(q),
                blankToNull(room),
                status,
                arrival,
                departure,
                inHouseOn,
                offset == null ? 0 : offset,
                limit == null ? 50 : limit);
        return finding.search(Caller.of(auth), code, criteria);
    }

    @Get("/bookings/{confirmation}")
    public BookingResponse get(String code, String confirmation, Authentication auth) {
        return finding.get(Caller.of(auth), code, confirmation);
    }

    @Post("/bookings")
    public HttpResponse<BookingResponse> create(
            String code, @Valid @Body CreateBookingRequest request, Authentication auth) {
        return HttpResponse.created(taking.take(Caller.of(auth), code, request));
    }

    @Patch("/bookings/{confirmation}")
    public BookingResponse modify(
            String code, String confirmation, @Valid @Body ModifyBookingRequest request, Authentication auth) {
        return changing.change(Caller.of(auth), code, confirmation, request);
    }

    @Post("/bookings/{confirmation}/cancel")
    public BookingResponse cancel(
            String code, String confirmation, @Valid @Body CancelRequest request, Authentication auth) {
        return cancelling.cancel(Caller.of(auth), code, confirmation, request);
    }

    @Post("/bookings/{confirmation}/check-in")
    public BookingResponse checkIn(
            String code, String confirmation, @Nullable @Valid @Body CheckInRequest request, Authentication auth) {
        return checkingIn.checkIn(Caller.of(auth), code, confirmation, request);
    }

    @Post("/bookings/{confirmation}/check-out")
    public BookingResponse checkOut(
            String code, String confirmation, @Nullable @Valid @Body CheckOutRequest request, Authentication auth) {
        return checkingOut.checkOut(Caller.of(auth), code, confirmation, request);
    }

    @Post("/bookings/{confirmation}/no-show")
    public BookingResponse noShow(String code, String confirmation, Authentication auth) {
        return noShows.markNoShow(Caller.of(auth), code, confirmation);
    }

    @Get("/availability")
    public AvailabilityResponse availability(
            String code,
            @Nullable @QueryValue LocalDate from,
            @Nullable @QueryValue LocalDate to,
            @Nullable @QueryValue String roomType,
            Authentication auth) {
        return availability.availability(Caller.of(auth), code, from, to, blankToNull(roomType));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
