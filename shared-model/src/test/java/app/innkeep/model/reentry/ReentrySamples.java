package app.innkeep.model.reentry;

import app.innkeep.model.reentry.ReentryRequest.Booking;
import app.innkeep.model.reentry.ReentryRequest.Line;
import app.innkeep.model.reentry.ReentryRequest.Room;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One realistic re-entry of every action, as the golden files hold them: what the standby posted for the entries of
 * one outage (a check-in, a walk-in D1001 with a minibar charge, its void, a VISA payment and its refund, a change, a
 * cancellation, a check-out, a room status, a phone reservation D1002 for next week, the night's RENT for D1001 and the
 * day's close), and the cloud's answers.
 */
public final class ReentrySamples {

    static final LocalDate DAY = LocalDate.parse("2026-11-23");
    static final Instant RECORDED = Instant.parse("2026-11-24T08:15:30.123Z");

    private ReentrySamples() {}

    public static ReentryRequest request(ReentryAction action) {
        return switch (action) {
            case WALK_IN ->
                entry(
                        action,
                        "D1001",
                        "10:10",
                        new Booking(
                                "Zoë",
                                "Ångström",
                                "zoe@example.com",
                                "+47 22 33 44 55",
                                "WALKIN",
                                "STD",
                                "102",
                                DAY,
                                DAY.plusDays(2),
                                2,
                                1,
                                new BigDecimal("120.00"),
                                "Late arrival \"after 22:00\"",
                                null),
                        null,
                        null);
            case CHECK_IN -> entry(action, "100042", "10:05", Booking.room("101"), null, null);
            case CHECK_OUT -> entry(action, "100042", "10:45", Booking.NOTHING, null, null);
            case MODIFY ->
                entry(
                        action,
                        "100043",
                        "10:35",
                        Booking.change(null, DAY.plusDays(4), null, new BigDecimal("99.50")),
                        null,
                        null);
            case CANCEL -> entry(action, "100044", "10:40", Booking.cancel("guest called"), null, null);
            case CHARGE ->
                entry(
                        action,
                        "D1001",
                        "10:15",
                        null,
                        Line.charge("MINIBAR", new BigDecimal("2"), new BigDecimal("6.00"), "Minibar"),
                        null);
            case VOID -> entry(action, "D1001", "10:20", null, Line.voiding(9001, "Void: wrong room"), null);
            case PAYMENT ->
                entry(
                        action,
                        "D1001",
                        "10:25",
                        null,
                        Line.payment("VISA", new BigDecimal("50.00"), "4242", "Visa"),
                        null);
            case REFUND ->
                entry(
                        action,
                        "D1001",
                        "10:30",
                        null,
                        Line.refund(9003, new BigDecimal("20.00"), "Refund: overcharged"),
                        null);
            case ROOM_STATUS -> entry(action, null, "10:50", null, null, new Room("103", "DIRTY", true));
            case RESERVE ->
                entry(
                        action,
                        "D1002",
                        "11:05",
                        new Booking(
                                "Olaf",
                                "Nordmann",
                                null,
                                "+47 99 88 77 66",
                                "PHONE",
                                "STD",
                                "104",
                                DAY.plusDays(7),
                                DAY.plusDays(10),
                                1,
                                0,
                                new BigDecimal("95.00"),
                                "Deposit taken by phone",
                                null),
                        null,
                        null);
            case RENT ->
                entry(
                        action,
                        "D1001",
                        "23:50",
                        null,
                        Line.charge("RENT", BigDecimal.ONE, new BigDecimal("120.00"), "Room night " + DAY),
                        null);
            case DAY_CLOSED -> entry(action, null, "23:55", null, null, null);
        };
    }

    /** The answer for a booking action, a line action (sent again, so replayed) and a room status. */
    public static ReentryAnswer bookingAnswer() {
        return new ReentryAnswer(entryId(3), ReentryAction.WALK_IN, "D1001", "100057", null, null, false, RECORDED);
    }

    public static ReentryAnswer lineAnswer() {
        return new ReentryAnswer(
                entryId(4),
                ReentryAction.CHARGE,
                "D1001",
                "100057",
                5012L,
                new BigDecimal("12.00"),
                true,
                RECORDED.plusSeconds(2));
    }

    public static ReentryAnswer roomAnswer() {
        return new ReentryAnswer(
                entryId(11), ReentryAction.ROOM_STATUS, null, null, null, null, false, RECORDED.plusSeconds(9));
    }

    public static ClosingCheckRequest closingCheck() {
        return new ClosingCheckRequest(
                List.of(entryId(3), entryId(4), entryId(6)),
                List.of("100057", "100042"),
                List.of(
                        new NightRent(DAY, 2, new BigDecimal("215.00")),
                        new NightRent(DAY.plusDays(1), 1, new BigDecimal("120.00"))));
    }

    public static ClosingCheckAnswer closingCheckAnswer() {
        return new ClosingCheckAnswer(
                List.of(
                        new ClosingCheckAnswer.Entry(
                                entryId(3), true, ReentryAction.WALK_IN, "D1001", "100057", null, null),
                        new ClosingCheckAnswer.Entry(
                                entryId(4),
                                true,
                                ReentryAction.CHARGE,
                                "D1001",
                                "100057",
                                5012L,
                                new BigDecimal("12.00")),
                        ClosingCheckAnswer.Entry.missing(entryId(6))),
                List.of(
                        new ClosingCheckAnswer.Balance("100057", "100057", new BigDecimal("-18.00")),
                        new ClosingCheckAnswer.Balance("100042", null, null)),
                List.of(
                        new NightRent(DAY, 2, new BigDecimal("215.00")),
                        new NightRent(DAY.plusDays(1), 0, new BigDecimal("0.00"))));
    }

    public static String entryId(int n) {
        return String.format("00000000-0000-4000-8000-%012d", n);
    }

    private static ReentryRequest entry(
            ReentryAction action, String bookingRef, String time, Booking booking, Line line, Room room) {
        return new ReentryRequest(
                action, bookingRef, Instant.parse(DAY + "T" + time + ":00Z"), DAY, "dana", booking, line, room);
    }
}
