package app.innkeep.reports;

import static app.innkeep.reports.Guests.LONG_NAME;
import static app.innkeep.reports.Guests.ZOE;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic re-entry data of one outage at the Vienna property (23 Nov 2026, 09:40–13:55 local): walk-ins with
 * D-numbers, cloud bookings with their numbers, accented and very long names, zero and negative amounts, and one
 * guest name a spreadsheet would run as a formula.
 */
final class Outage {

    static final String PERIOD = "Outage 2026-11-23 09:40 – 13:55";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String WEISS = "Jürgen Weiß";
    static final String FORMULA_NAME = "=HYPERLINK(\"http://x.example\",\"Müller, Hans\")";

    private Outage() {}

    static ReportHeader header(String reportName) {
        return Guests.header(reportName, PERIOD);
    }

    /** 09:40 in Vienna is 08:40 UTC. */
    static Instant at(String viennaTime) {
        return Instant.parse("2026-11-23T" + viennaTime + ":00Z").minusSeconds(3600);
    }

    /** Five actions, given out of time order on purpose: the report sorts them by time entered. */
    static RoomBookingsReport bookings() {
        return new RoomBookingsReport(
                header("Room bookings"),
                "EUR",
                List.of(
                        booking(
                                "10:15",
                                "eva.n",
                                "MODIFIED",
                                "100124",
                                WEISS,
                                "305",
                                22,
                                26,
                                "149.00",
                                "Booking.com",
                                "departure 2026-11-24 → 2026-11-26; room 301 → 305"),
                        booking("09:52", "anna.k", "NEW", "D1042", ZOE, "214", 23, 26, "129.00", "Walk-in", ""),
                        booking(
                                "09:45",
                                "anna.k",
                                "CHECKED_IN",
                                "100123",
                                LONG_NAME,
                                "118",
                                23,
                                25,
                                "1234.50",
                                "Direct",
                                null),
                        booking(
                                "11:02",
                                "eva.n",
                                "CANCELLED",
                                "100125",
                                "Søren Kierkegaard",
                                "",
                                23,
                                24,
                                "0.00",
                                "Phone",
                                ""),
                        booking(
                                "12:30",
                                "anna.k",
                                "CHECKED_OUT",
                                "D1043",
                                FORMULA_NAME,
                                "120",
                                21,
                                23,
                                "-20.00",
                                "Walk-in",
                                "")));
    }

    static BookingEntry booking(
            String time,
            String user,
            String action,
            String ref,
            String guest,
            String room,
            int arrivalDay,
            int departureDay,
            String rate,
            String source,
            String change) {
        return new BookingEntry(
                at(time),
                user,
                TODAY,
                action,
                ref,
                guest,
                room,
                LocalDate.of(2026, 11, arrivalDay),
                LocalDate.of(2026, 11, departureDay),
                rate == null ? null : new BigDecimal(rate),
                source,
                change);
    }

    /** Payments and refunds by receipt type: VISA 200 - 20 = 180.00, CASH 0 - 50 = -50.00, MC 1,234.50; total 1,364.50. */
    static MoneyReport financials() {
        return new MoneyReport(
                header("Financials"),
                "EUR",
                "Receipt type",
                List.of(
                        money(
                                "09:50",
                                "PAYMENT",
                                "VISA",
                                "Visa card",
                                "D1042",
                                ZOE,
                                "214",
                                "Deposit",
                                null,
                                "200.00",
                                "4242"),
                        money(
                                "10:05",
                                "PAYMENT",
                                "MC",
                                "Mastercard",
                                "100123",
                                LONG_NAME,
                                "118",
                                "Settlement",
                                null,
                                "1234.50",
                                "0042"),
                        money(
                                "10:20",
                                "PAYMENT",
                                "CASH",
                                "Cash",
                                "100124",
                                WEISS,
                                "305",
                                "Paid at the desk",
                                null,
                                "0.00",
                                null),
                        money(
                                "11:10",
                                "REFUND",
                                "VISA",
                                "Visa card",
                                "D1042",
                                ZOE,
                                "214",
                                "Deposit refunded in part",
                                null,
                                "-20.00",
                                "4242"),
                        money(
                                "12:31",
                                "REFUND",
                                "CASH",
                                "Cash",
                                "D1043",
                                FORMULA_NAME,
                                "120",
                                "Overpaid, returned",
                                null,
                                "-50.00",
                                null)));
    }

    /** Charges and voids by inventory item: MINIBAR 13.50 - 13.50 + 4.50 = 4.50, RESTAURANT 1,234.50, CITYTAX 6.00. */
    static MoneyReport items() {
        return new MoneyReport(
                header("Items"),
                "EUR",
                "Inventory item",
                List.of(
                        money(
                                "09:55",
                                "CHARGE",
                                "MINIBAR",
                                "Minibar",
                                "D1042",
                                ZOE,
                                "214",
                                "Minibar: 3 × Almdudler",
                                "3",
                                "13.50",
                                null),
                        money(
                                "10:40",
                                "CHARGE",
                                "RESTAURANT",
                                "Restaurant",
                                "100123",
                                LONG_NAME,
                                "118",
                                "Dinner for three: Crème brûlée, Sachertorte",
                                "1",
                                "1234.50",
                                null),
                        money(
                                "10:41",
                                "VOID",
                                "MINIBAR",
                                "Minibar",
                                "D1042",
                                ZOE,
                                "214",
                                "Minibar posted twice",
                                "-3",
                                "-13.50",
                                null),
                        money(
                                "11:30",
                                "CHARGE",
                                "CITYTAX",
                                "Ortstaxe",
                                "100124",
                                WEISS,
                                "305",
                                "Ortstaxe für Gäste",
                                "2",
                                "6.00",
                                null),
                        money(
                                "11:31",
                                "CHARGE",
                                "MINIBAR",
                                "Minibar",
                                "100124",
                                WEISS,
                                "305",
                                "+1 Mozartkugel",
                                "1",
                                "4.50",
                                null)));
    }

    static MoneyEntry money(
            String time,
            String kind,
            String code,
            String codeDescription,
            String ref,
            String guest,
            String room,
            String description,
            String quantity,
            String amount,
            String card) {
        return new MoneyEntry(
                at(time),
                time.startsWith("09") ? "anna.k" : "eva.n",
                TODAY,
                kind,
                code,
                codeDescription,
                ref,
                guest,
                room,
                description,
                quantity == null ? null : new BigDecimal(quantity),
                new BigDecimal(amount),
                card);
    }

    /** {@code n} charges and voids over six items and 1,000 minutes, from a fixed seed: long enough for many pages. */
    static MoneyReport manyItems(int n) {
        Random random = new Random(42);
        String[][] items = {
            {"BAR", "Bar"},
            {"CITYTAX", "Ortstaxe"},
            {"MINIBAR", "Minibar"},
            {"PARKING", "Garage"},
            {"RESTAURANT", "Restaurant"},
            {"SPA", "Spa & Wellness"}
        };
        String[] names = {ZOE, WEISS, LONG_NAME, "Søren Kierkegaard", "Łukasz Żółw", "Ana María Muñoz"};
        List<MoneyEntry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] item = items[random.nextInt(items.length)];
            boolean isVoid = random.nextInt(10) == 0;
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(30_000), 2);
            String ref = random.nextBoolean()
                    ? "D" + (1000 + random.nextInt(200))
                    : String.valueOf(100_000 + random.nextInt(900));
            entries.add(new MoneyEntry(
                    at("09:40").plusSeconds(30L * i),
                    i % 3 == 0 ? "anna.k" : "eva.n",
                    TODAY,
                    isVoid ? "VOID" : "CHARGE",
                    item[0],
                    item[1],
                    ref,
                    names[random.nextInt(names.length)],
                    String.valueOf(100 + random.nextInt(300)),
                    item[1] + " " + (i + 1),
                    BigDecimal.ONE,
                    isVoid ? amount.negate() : amount,
                    null));
        }
        return new MoneyReport(header("Items"), "EUR", "Inventory item", entries);
    }

    static DowntimePack pack() {
        return new DowntimePack(
                Guests.header("Downtime pack", "Business date 2026-11-23"),
                "EUR",
                List.of(
                        guest("100130", "Ingrid Bergström", "", "Double", 23, 25, 2, 0, "RESERVED", "0.00"),
                        guest("100131", LONG_NAME, "", "Suite", 23, 30, 2, 2, "RESERVED", "-300.00")),
                List.of(
                        guest("D1042", ZOE, "214", "Double Deluxe", 23, 26, 2, 1, "CHECKED_IN", "1318.50"),
                        guest("100123", WEISS, "118", "Single", 20, 24, 1, 0, "CHECKED_IN", "-20.00"),
                        guest("100127", "Ana María Muñoz", "9", "Single", 22, 24, 1, 0, "CHECKED_IN", "0.00")),
                List.of(),
                List.of(
                        new PackRoom("214", "Double Deluxe", "CLEAN", false, "D1042 · " + ZOE),
                        new PackRoom("9", "Single", "DIRTY", false, "100127 · Ana María Muñoz"),
                        new PackRoom("305", "Double", "OUT_OF_ORDER", true, ""),
                        new PackRoom("118", "Single", "INSPECTED", false, "100123 · " + WEISS)),
                List.of(
                        guest("D1042", ZOE, "214", "Double Deluxe", 23, 26, 2, 1, "CHECKED_IN", "1318.50"),
                        guest("100123", WEISS, "118", "Single", 20, 24, 1, 0, "CHECKED_IN", "-20.00")));
    }

    static PackGuest guest(
            String ref,
            String name,
            String room,
            String type,
            int arrivalDay,
            int departureDay,
            int adults,
            int children,
            String status,
            String balance) {
        return new PackGuest(
                ref,
                name,
                room,
                type,
                LocalDate.of(2026, 11, arrivalDay),
                LocalDate.of(2026, 11, departureDay),
                adults,
                children,
                status,
                new BigDecimal(balance));
    }

    static Letter letter() {
        return new Letter(
                Guests.header("Booking confirmation", ""),
                "Dear {guestName},\n\nthank you for booking with us. Your confirmation number is {confirmation}.\n"
                        + "Arrival: {arrival}\nDeparture: {departure}\n\n{unknownPlaceholder} stays as written.\n\n"
                        + "Kind regards,\n{clerk}",
                Map.of(
                        "guestName", ZOE,
                        "confirmation", "D1042",
                        "arrival", "2026-11-23",
                        "departure", "2026-11-26",
                        "clerk", WEISS));
    }

    static MismatchReport mismatches() {
        return new MismatchReport(
                Guests.header("Master data mismatches", ""),
                List.of(
                        new MismatchLine("INVENTORY_ITEM", "MINIBAR", "DIFFERENT", "price", "4.50", "4.00"),
                        new MismatchLine("RECEIPT_TYPE", "AMEX", "MISSING_ON_STANDBY", "", "American Express", ""),
                        new MismatchLine(
                                "SOURCE",
                                "WALKIN",
                                "Description differs",
                                "description",
                                "Walk-in",
                                "Laufkundschaft Ü"),
                        new MismatchLine("ROOM_TYPE", "DLX", "MISSING_IN_CLOUD", "", "", "=1+1")));
    }

    static CollisionReport collisions() {
        return new CollisionReport(
                Guests.header("Collisions", PERIOD),
                List.of(
                        new CollisionLine(
                                at("11:15"),
                                "ROOM_DOUBLE_BOOKED",
                                "D1042",
                                "100140",
                                "214",
                                "Room 214 given to walk-in D1042 on the standby and to 100140 in the cloud",
                                at("15:20"),
                                "nico"),
                        new CollisionLine(
                                at("10:05"),
                                "BOOKING_CHANGED_IN_CLOUD",
                                "100124",
                                "",
                                "305",
                                "Departure changed in the cloud to 2026-11-25 while the standby moved it to 2026-11-26",
                                null,
                                null),
                        new CollisionLine(
                                at("12:45"),
                                "FOLIO_CHANGED_IN_CLOUD",
                                "100123",
                                null,
                                "118",
                                "Charge of 13.50 posted in the cloud for " + LONG_NAME,
                                null,
                                null)));
    }
}
