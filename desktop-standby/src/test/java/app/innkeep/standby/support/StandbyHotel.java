package app.innkeep.standby.support;

import app.innkeep.standby.store.Replica;
import app.innkeep.standby.sync.SyncStates;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;

/**
 * A standby paired with a small property, on its real encrypted replica, set up as the cloud's feed would have left
 * it: rooms, master data and bookings, said in the hotel's words. The cloud address answers nothing (port 1), so the
 * standby is as it is during an outage.
 *
 * <pre>{@code
 * StandbyHotel.seaside(context, TODAY)
 *         .rooms("STD", "101", "102")
 *         .roomType("STD", "Standard", "100.00")
 *         .source("WALKIN", "Walk-in")
 *         .booking(StandbyHotel.reserved("100042").arriving(TODAY).leaving(TODAY.plusDays(3)));
 * }</pre>
 */
public final class StandbyHotel {

    private final ApplicationContext context;
    private final Replica replica;
    private final TransactionOperations<Connection> tx;
    private final TestClock clock;

    private StandbyHotel(ApplicationContext context) {
        this.context = context;
        this.replica = context.getBean(Replica.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        this.tx = tx;
        this.clock = context.getBean(TestClock.class);
    }

    /** The Seaside Inn (SEA, Oslo, NOK) on business date {@code today}, paired and bootstrapped, with no rooms yet. */
    public static StandbyHotel seaside(ApplicationContext context, LocalDate today) {
        StandbyHotel hotel = new StandbyHotel(context);
        hotel.write(() -> {
            SyncStates states = context.getBean(SyncStates.class);
            states.pairedWith(
                    "SEA",
                    "Seaside Inn",
                    "Europe/Oslo",
                    "NOK",
                    today,
                    "http://127.0.0.1:1",
                    7,
                    "cred",
                    hotel.clock.instant());
            states.snapshotApplied(
                    "Seaside Inn", "Europe/Oslo", "NOK", today, 10, hotel.clock.instant(), hotel.clock.instant());
        });
        return hotel;
    }

    /** The business date moves on, as the night audit moves it (the cloud's, or during a long outage the desk's). */
    public StandbyHotel businessDate(LocalDate date) {
        write(() -> context.getBean(SyncStates.class)
                .snapshotApplied("Seaside Inn", "Europe/Oslo", "NOK", date, 10, clock.instant(), clock.instant()));
        return this;
    }

    /** Clean rooms in order, of one room type. */
    public StandbyHotel rooms(String roomType, String... numbers) {
        write(() -> {
            for (String number : numbers) {
                replica.update(
                        "INSERT INTO ROOM (ROOM_NUMBER, ROOM_TYPE, HOUSEKEEPING, OUT_OF_ORDER, ACTIVE, SEQUENCE_NO)"
                                + " VALUES (?, ?, 'CLEAN', FALSE, TRUE, 1)",
                        number,
                        roomType);
            }
        });
        return this;
    }

    public StandbyHotel roomType(String code, String description, String defaultPrice) {
        return masterData("room-type", code, description, defaultPrice, null);
    }

    public StandbyHotel source(String code, String description) {
        return masterData("source", code, description, null, null);
    }

    /** An inventory item the desk can charge (MINIBAR, PARKING…). */
    public StandbyHotel item(String code, String description, String defaultPrice) {
        return masterData("inventory-item", code, description, defaultPrice, null);
    }

    /** A way to pay; a card one asks for the card's last four digits. */
    public StandbyHotel receiptType(String code, String description, boolean card) {
        return masterData("receipt-type", code, description, null, card);
    }

    /** A booking as the cloud sent it. */
    public StandbyHotel booking(Booking booking) {
        write(() -> replica.update(
                "INSERT INTO BOOKING (CONFIRMATION, STATUS, GUEST_ID, FIRST_NAME, LAST_NAME, SEARCH_NAME, EMAIL, PHONE,"
                        + " SOURCE_CODE, ROOM_TYPE, ROOM_NUMBER, ARRIVAL, DEPARTURE, ADULTS, CHILDREN, RATE,"
                        + " CANCEL_REASON, NOTES, SEQUENCE_NO) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " NULL, ?, 5)",
                booking.confirmation,
                booking.status,
                booking.guestId,
                booking.firstName,
                booking.lastName,
                booking.searchName,
                booking.email,
                booking.phone,
                booking.source,
                booking.roomType,
                booking.room,
                booking.arrival,
                booking.departure,
                booking.adults,
                booking.children,
                booking.rate,
                booking.notes));
        return this;
    }

    /**
     * A reserved booking of Maria Gonçalves from the web, two adults in a standard room at 89.00, arriving on 23
     * November 2026 for three nights, no room given yet: change what the test is about.
     */
    public static Booking reserved(String confirmation) {
        return new Booking(confirmation);
    }

    /** A booking as the cloud sent it, in the replica's words; change what matters, the rest stays ordinary. */
    public static final class Booking {
        final String confirmation;
        String status = "RESERVED";
        long guestId;
        final String firstName = "Maria";
        final String lastName = "Gonçalves";
        final String searchName = "goncalves maria";
        final String email = "maria@example.com";
        final String phone = null;
        final String source = "WEB";
        final String roomType = "STD";
        String room;
        LocalDate arrival = LocalDate.parse("2026-11-23");
        LocalDate departure = arrival.plusDays(3);
        final int adults = 2;
        final int children = 0;
        final BigDecimal rate = new BigDecimal("89.00");
        final String notes = "Late arrival";

        private Booking(String confirmation) {
            this.confirmation = confirmation;
            this.guestId = Long.parseLong(confirmation.replaceAll("\\D", "")) % 1000;
        }

        public Booking arriving(LocalDate date) {
            arrival = date;
            return this;
        }

        public Booking leaving(LocalDate date) {
            departure = date;
            return this;
        }

        public Booking inRoom(String number) {
            room = number;
            return this;
        }

        public Booking checkedIn() {
            status = "CHECKED_IN";
            return this;
        }

        /** Cancelled in the cloud, without a reason given. */
        public Booking cancelled() {
            status = "CANCELLED";
            return this;
        }
    }

    public ApplicationContext context() {
        return context;
    }

    private StandbyHotel masterData(String kind, String code, String description, String price, Boolean card) {
        write(() -> replica.update(
                "INSERT INTO MASTER_DATA (KIND, CODE, DESCRIPTION, DEFAULT_PRICE, CARD, ACTIVE, UPDATED_AT)"
                        + " VALUES (?, ?, ?, ?, ?, TRUE, ?)",
                kind,
                code,
                description,
                price == null ? null : new BigDecimal(price),
                card,
                clock.instant()));
        return this;
    }

    private void write(Runnable work) {
        tx.executeWrite(s -> {
            work.run();
            return null;
        });
    }
}
