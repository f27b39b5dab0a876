package app.innkeep.model.journal;

import app.innkeep.model.StayTerms;
import app.innkeep.model.journal.JournalChange.Cancel;
import app.innkeep.model.journal.JournalChange.Charge;
import app.innkeep.model.journal.JournalChange.CheckIn;
import app.innkeep.model.journal.JournalChange.CheckOut;
import app.innkeep.model.journal.JournalChange.DayClosed;
import app.innkeep.model.journal.JournalChange.Modify;
import app.innkeep.model.journal.JournalChange.OutageEnded;
import app.innkeep.model.journal.JournalChange.OutageStarted;
import app.innkeep.model.journal.JournalChange.Payment;
import app.innkeep.model.journal.JournalChange.Refund;
import app.innkeep.model.journal.JournalChange.Rent;
import app.innkeep.model.journal.JournalChange.Reserve;
import app.innkeep.model.journal.JournalChange.RoomStatus;
import app.innkeep.model.journal.JournalChange.VoidCharge;
import app.innkeep.model.journal.JournalChange.WalkIn;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One outage's journal, every action once, as the golden files hold it: the outage starts, Maria Gonçalves (100042)
 * checks in, Zoë Ångström walks in as D1001 and takes two minibar items (voided), pays 50.00 by VISA and gets 20.00
 * back, 100043 stays a night longer at a lower rate, 100044 is cancelled, Maria checks out, room 103 goes out of order,
 * Olaf Nordmann phones for room 104 next week (D1002), the night auditor closes the day (RENT 120.00 to D1001;
 * 100045 did not arrive, 100046 did not leave), the outage ends.
 */
final class JournalSamples {

    static final LocalDate DAY = LocalDate.parse("2026-11-23");

    private JournalSamples() {}

    static List<JournalChange> all() {
        JournalBooking arriving = maria("100042", "RESERVED", null, DAY, DAY.plusDays(3), "89.00", null);
        JournalBooking inHouse = maria("100042", "CHECKED_IN", "101", DAY, DAY.plusDays(3), "89.00", null);
        JournalBooking tomorrow = maria("100043", "RESERVED", null, DAY.plusDays(1), DAY.plusDays(3), "89.00", null);
        JournalBooking toCancel = maria("100044", "RESERVED", null, DAY.plusDays(1), DAY.plusDays(3), "89.00", null);
        return List.of(
                new OutageStarted("internet down since 10:40", Instant.parse("2026-11-23T10:00:00Z")),
                new CheckIn(arriving, inHouse),
                new WalkIn(new JournalBooking(
                        "D1001",
                        "CHECKED_IN",
                        "Zoë",
                        "Ångström",
                        "zoe@example.com",
                        "+47 22 33 44 55",
                        new StayTerms(
                                "WALKIN",
                                "STD",
                                "102",
                                DAY,
                                DAY.plusDays(2),
                                2,
                                1,
                                new BigDecimal("120.00"),
                                null,
                                "Late arrival \"after 22:00\""))),
                new Charge(line(-1, "CHARGE", "MINIBAR", "Minibar", "2", "6.00", "12.00", null, null)),
                new VoidCharge(line(-2, "CHARGE", "MINIBAR", "Void: wrong room", "-2.00", "6.00", "-12.00", null, -1L)),
                new Payment(line(-3, "PAYMENT", "VISA", "Visa", "1", "50.00", "50.00", "4242", null)),
                new Refund(line(-4, "PAYMENT", "VISA", "Refund: overcharged", "1", "-20.00", "-20.00", "4242", -3L)),
                new Modify(
                        tomorrow, maria("100043", "RESERVED", null, DAY.plusDays(1), DAY.plusDays(4), "99.50", null)),
                new Cancel(
                        toCancel,
                        maria("100044", "CANCELLED", null, DAY.plusDays(1), DAY.plusDays(3), "89.00", "guest called")),
                new CheckOut(inHouse, maria("100042", "CHECKED_OUT", "101", DAY, DAY.plusDays(1), "89.00", null)),
                new RoomStatus(new JournalRoom("CLEAN", false), new JournalRoom("DIRTY", true)),
                new Rent(line(-5, "CHARGE", "RENT", "Room night 2026-11-23", "1", "120.00", "120.00", null, null)),
                new DayClosed(DAY, DAY.plusDays(1), 1, new BigDecimal("120.00"), List.of("100045"), List.of("100046")),
                new Reserve(new JournalBooking(
                        "D1002",
                        "RESERVED",
                        "Olaf",
                        "Nordmann",
                        null,
                        "+47 99 88 77 66",
                        new StayTerms(
                                "PHONE",
                                "STD",
                                "104",
                                DAY.plusDays(7),
                                DAY.plusDays(10),
                                1,
                                0,
                                new BigDecimal("95.00"),
                                null,
                                "Deposit taken by phone"))),
                new OutageEnded("cloud back"));
    }

    private static JournalBooking maria(
            String confirmation,
            String status,
            String room,
            LocalDate arrival,
            LocalDate departure,
            String rate,
            String cancelReason) {
        return new JournalBooking(
                confirmation,
                status,
                "Maria",
                "Gonçalves",
                "maria@example.com",
                null,
                new StayTerms(
                        "WEB",
                        "STD",
                        room,
                        arrival,
                        departure,
                        2,
                        0,
                        new BigDecimal(rate),
                        cancelReason,
                        "Late arrival"));
    }

    private static JournalLine line(
            long id,
            String kind,
            String code,
            String description,
            String quantity,
            String unitPrice,
            String amount,
            String last4,
            Long reverses) {
        return new JournalLine(
                id,
                kind,
                code,
                description,
                new BigDecimal(quantity),
                new BigDecimal(unitPrice),
                new BigDecimal(amount),
                last4,
                reverses);
    }
}
