package app.innkeep.standby.web;

import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.input.Unconfirmed;
import app.innkeep.standby.outage.CancellingBooking;
import app.innkeep.standby.outage.ChangingBooking;
import app.innkeep.standby.outage.CheckingIn;
import app.innkeep.standby.outage.CheckingOut;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.outage.EndingOutage;
import app.innkeep.standby.outage.PostingCharge;
import app.innkeep.standby.outage.Refunding;
import app.innkeep.standby.outage.SettingRoomStatus;
import app.innkeep.standby.outage.StartingOutage;
import app.innkeep.standby.outage.TakingPayment;
import app.innkeep.standby.outage.TakingReservation;
import app.innkeep.standby.outage.TakingWalkIn;
import app.innkeep.standby.outage.VoidingCharge;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.staff.StaffRole;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The front desk's forms. Each checks the CSRF token, reads its fields (a wrong value is shown next to its field),
 * calls one use case and goes to the page that shows the result (POST, redirect, GET: a reload does not resend).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffRole.DESK)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class DeskForms {

    /** The desk's use cases, one per form. */
    @jakarta.inject.Singleton
    record UseCases(
            StartingOutage startingOutage,
            EndingOutage endingOutage,
            TakingWalkIn takingWalkIn,
            TakingReservation takingReservation,
            CheckingIn checkingIn,
            CheckingOut checkingOut,
            ChangingBooking changingBooking,
            CancellingBooking cancellingBooking,
            PostingCharge postingCharge,
            VoidingCharge voidingCharge,
            TakingPayment takingPayment,
            Refunding refunding,
            SettingRoomStatus settingRoomStatus) {}

    private final UseCases desk;
    private final DeskPageModels pages;
    private final FormSubmission submission;

    public DeskForms(UseCases desk, DeskPageModels pages, FormSubmission submission) {
        this.desk = desk;
        this.pages = pages;
        this.submission = submission;
    }

    @Post(value = "/outage/start", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> startOutage(Authentication user, @Body Map<String, String> form) {
        return run(user, form, "outage-start", () -> pages.outageModel(user, null), "outage", u -> {
            Done done = desk.startingOutage().start(u, form.get("entryId"), form.get("reason"));
            return "/outage?done=" + form.get("entryId");
        });
    }

    @Post(value = "/outage/end", produces = MediaType.TEXT_HTML)
    @Secured(StaffRole.AUDITOR)
    public HttpResponse<?> endOutage(Authentication user, @Body Map<String, String> form) {
        return run(user, form, "outage-end", () -> pages.outageModel(user, null), "outage", u -> {
            desk.endingOutage().end(u, form.get("entryId"), form.get("note"));
            return "/outage?done=" + form.get("entryId");
        });
    }

    @Post(value = "/walk-in", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> walkIn(Authentication user, @Body Map<String, String> form) {
        return run(user, form, "walk-in", () -> pages.walkInModel(user), "walk-in", u -> {
            Done done = desk.takingWalkIn()
                    .take(
                            u,
                            form.get("entryId"),
                            new TakingWalkIn.WalkIn(
                                    form.get("firstName"),
                                    form.get("lastName"),
                                    form.get("email"),
                                    form.get("phone"),
                                    form.get("room"),
                                    date(form, "departure"),
                                    integer(form, "adults", 1),
                                    integer(form, "children", 0),
                                    decimal(form, "rate"),
                                    form.get("source"),
                                    form.get("notes")));
            return booking(done, form);
        });
    }

    @Post(value = "/reservation", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> reservation(Authentication user, @Body Map<String, String> form) {
        return run(user, form, "reservation", () -> pages.reservationModel(user), "reservation", u -> {
            Done done = desk.takingReservation()
                    .take(
                            u,
                            form.get("entryId"),
                            new TakingReservation.Reservation(
                                    form.get("firstName"),
                                    form.get("lastName"),
                                    form.get("email"),
                                    form.get("phone"),
                                    date(form, "arrival"),
                                    date(form, "departure"),
                                    form.get("roomType"),
                                    form.get("room"),
                                    integer(form, "adults", 1),
                                    integer(form, "children", 0),
                                    decimal(form, "rate"),
                                    form.get("source"),
                                    form.get("notes"),
                                    TakingReservation.Deposit.of(
                                            form.get("receiptType"), decimal(form, "deposit"), form.get("cardLast4"))));
            return booking(done, form);
        });
    }

    @Post(value = "/bookings/{confirmation}/check-in", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> checkIn(Authentication user, String confirmation, @Body Map<String, String> form) {
        return onBooking(
                user,
                confirmation,
                form,
                "check-in",
                u -> booking(desk.checkingIn().checkIn(u, form.get("entryId"), confirmation, form.get("room")), form));
    }

    @Post(value = "/bookings/{confirmation}/check-out", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> checkOut(Authentication user, String confirmation, @Body Map<String, String> form) {
        return onBooking(
                user,
                confirmation,
                form,
                "check-out",
                u -> booking(
                        desk.checkingOut()
                                .checkOut(
                                        u,
                                        form.get("entryId"),
                                        confirmation,
                                        form.get("receiptType"),
                                        form.get("cardLast4"),
                                        Unconfirmed.given(form.get(CheckingOut.CONFIRM_EARLY))),
                        form));
    }

    @Post(value = "/bookings/{confirmation}/modify", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> modify(Authentication user, String confirmation, @Body Map<String, String> form) {
        return onBooking(
                user,
                confirmation,
                form,
                "modify",
                u -> booking(
                        desk.changingBooking()
                                .change(
                                        u,
                                        form.get("entryId"),
                                        confirmation,
                                        new ChangingBooking.Change(
                                                date(form, "arrival"),
                                                date(form, "departure"),
                                                form.get("room"),
                                                decimal(form, "rate"))),
                        form));
    }

    @Post(value = "/bookings/{confirmation}/cancel", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> cancel(Authentication user, String confirmation, @Body Map<String, String> form) {
        return onBooking(
                user,
                confirmation,
                form,
                "cancel",
                u -> booking(
                        desk.cancellingBooking().cancel(u, form.get("entryId"), confirmation, form.get("reason")),
                        form));
    }

    @Post(value = "/bookings/{confirmation}/charges", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> charge(Authentication user, String confirmation, @Body Map<String, String> form) {
        return onBooking(
                user,
                confirmation,
                form,
                "charge",
                u -> booking(
                        desk.postingCharge()
                                .post(
                                        u,
                                        form.get("entryId"),
                                        confirmation,
                                        form.get("item"),
                                        decimal(form, "quantity"),
                                        decimal(form, "unitPrice"),
                                        form.get("description")),
                        form));
    }

    @Post(value = "/bookings/{confirmation}/payments", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> payment(Authentication user, String confirmation, @Body Map<String, String> form) {
        return onBooking(
                user,
                confirmation,
                form,
                "payment",
                u -> booking(
                        desk.takingPayment()
                                .take(
                                        u,
                                        form.get("entryId"),
                                        confirmation,
                                        form.get("receiptType"),
                                        decimal(form, "amount"),
                                        form.get("cardLast4"),
                                        form.get("description"),
                                        Unconfirmed.given(form.get(TakingPayment.CONFIRM_REPEAT))),
                        form));
    }

    @Post(value = "/bookings/{confirmation}/lines/{lineId}/void", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> voidLine(
            Authentication user, String confirmation, String lineId, @Body Map<String, String> form) {
        return onBooking(
                user,
                confirmation,
                form,
                "line-" + lineId,
                u -> booking(
                        desk.voidingCharge()
                                .voidCharge(u, form.get("entryId"), confirmation, lineId(lineId), form.get("reason")),
                        form));
    }

    @Post(value = "/bookings/{confirmation}/lines/{lineId}/refund", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> refund(
            Authentication user, String confirmation, String lineId, @Body Map<String, String> form) {
        return onBooking(
                user,
                confirmation,
                form,
                "line-" + lineId,
                u -> booking(
                        desk.refunding()
                                .refund(
                                        u,
                                        form.get("entryId"),
                                        confirmation,
                                        lineId(lineId),
                                        decimal(form, "amount"),
                                        form.get("reason")),
                        form));
    }

    @Post(value = "/rooms/{room}/status", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> roomStatus(Authentication user, String room, @Body Map<String, String> form) {
        return run(user, form, "room-" + room, () -> pages.roomsModel(user, null), "rooms", u -> {
            desk.settingRoomStatus()
                    .set(
                            u,
                            form.get("entryId"),
                            room,
                            form.get("housekeeping"),
                            "on".equals(form.get("outOfOrder")) || "true".equals(form.get("outOfOrder")));
            return "/rooms?done=" + form.get("entryId");
        });
    }

    private HttpResponse<?> onBooking(
            Authentication user,
            String confirmation,
            Map<String, String> form,
            String formName,
            Function<DeskUser, String> action) {
        return run(user, form, formName, () -> pages.bookingModel(user, confirmation), "booking", action);
    }

    private HttpResponse<?> run(
            Authentication user,
            Map<String, String> form,
            String formName,
            Supplier<Map<String, Object>> page,
            String view,
            Function<DeskUser, String> action) {
        return submission.run(user, form, formName, page, view, action);
    }

    private static String booking(Done done, Map<String, String> form) {
        return "/bookings/" + URLEncoder.encode(done.bookingRef(), StandardCharsets.UTF_8) + "?done="
                + form.get("entryId");
    }

    private static LocalDate date(Map<String, String> form, String field) {
        return FormSubmission.date(form, field);
    }

    private static BigDecimal decimal(Map<String, String> form, String field) {
        String v = form.get(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v.strip().replace(',', '.'));
            if (d.abs().compareTo(new BigDecimal("1000000000")) >= 0) {
                throw new Invalid(field, "is too large");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new Invalid(field, "is not a number");
        }
    }

    private static int integer(Map<String, String> form, String field, int fallback) {
        String v = form.get(field);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new Invalid(field, "is not a whole number");
        }
    }

    private static long lineId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new Invalid("lineId", "is not a folio line number");
        }
    }
}
