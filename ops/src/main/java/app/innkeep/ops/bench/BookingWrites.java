package app.innkeep.ops.bench;

import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.booking.BookingViews;
import app.innkeep.cloud.booking.Bookings;
import app.innkeep.cloud.booking.TakingBooking;
import app.innkeep.cloud.guest.Guests;
import app.innkeep.cloud.outbox.Outbox;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.StayTerms;
import app.innkeep.model.event.PropertyEvent.BookingCreated;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;

/** The feed bench's first promise: a booking write with its outbox event against the same write without it. */
final class BookingWrites {

    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    private BookingWrites() {}

    /** Part 1: the same booking write, alternately without and with its event, in rounds to spread the noise. */
    static void bookingWrites(ApplicationContext ctx, PropertyRow property, int writes) {
        var tx = BusyProperty.transactions(ctx);
        Properties properties = ctx.getBean(Properties.class);
        Guests guests = ctx.getBean(Guests.class);
        Bookings bookings = ctx.getBean(Bookings.class);
        BookingViews bookingViews = ctx.getBean(BookingViews.class);
        Outbox outbox = ctx.getBean(Outbox.class);
        int rounds = 10;
        int perRound = Math.max(1, writes / rounds / 2);
        long[] plain = new long[rounds];
        long[] withEvent = new long[rounds];
        // Warm up both paths.
        for (int i = 0; i < 200; i++) {
            write(tx, properties, guests, bookings, bookingViews, outbox, property, i % 2 == 0);
        }
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                write(tx, properties, guests, bookings, bookingViews, outbox, property, false);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                write(tx, properties, guests, bookings, bookingViews, outbox, property, true);
            }
            long t2 = System.nanoTime();
            plain[r] = (t1 - t0) / perRound;
            withEvent[r] = (t2 - t1) / perRound;
        }
        double base = Samples.median(plain) / 1000.0;
        double with = Samples.median(withEvent) / 1000.0;
        System.out.println();
        System.out.printf("Booking write, %d rounds x %d writes each way (median per write)%n", rounds, perRound);
        System.out.printf("  without outbox event  %8.1f us   (baseline)%n", base);
        System.out.printf(
                "  with outbox event     %8.1f us   ratio %.2f  -> the event adds %+.0f%% (goal: under +25%%)%n",
                with, with / base, (with / base - 1) * 100);
    }

    private static void write(
            TransactionOperations<Connection> tx,
            Properties properties,
            Guests guests,
            Bookings bookings,
            BookingViews bookingViews,
            Outbox outbox,
            PropertyRow property,
            boolean withEvent) {
        tx.executeWrite(status -> {
            properties.lock(property.id());
            String confirmation = String.valueOf(properties.nextConfirmation(property.id()));
            long guest = guests.insert(property.id(), "Bench", "Guest " + confirmation, "bench@example.com", null, NOW);
            LocalDate arrival = LocalDate.parse("2026-03-10");
            long id = bookings.insert(new BookingRow(
                    0,
                    property.id(),
                    confirmation,
                    guest,
                    BookingStatus.RESERVED,
                    new StayTerms(
                            "WEB",
                            "STD",
                            null,
                            arrival,
                            arrival.plusDays(2),
                            2,
                            0,
                            new BigDecimal("129.00"),
                            null,
                            null),
                    NOW,
                    NOW));
            // The service reads the guest and the booking back for its answer either way; the event is what differs.
            var guestRow = guests.find(property.id(), guest).orElseThrow();
            BookingRow row = bookings.byId(property.id(), id).orElseThrow();
            if (withEvent) {
                outbox.append(property, "bench", new BookingCreated(bookingViews.state(row, guestRow)));
            }
            return null;
        });
    }

    /**
     * Part 1b: the whole booking create of the service (validation, availability, room nights, audit trail, answer),
     * in a cloud with the outbox and in one where it writes nothing, alternating rounds.
     */
    static void serviceBookings(ApplicationContext baseline, ApplicationContext real, String code, int writes) {
        // Two fresh properties, one per cloud, so neither carries the other part's bookings.
        var withoutEvents =
                ctxBookings(baseline, BenchmarkInn.open(baseline, code + "N").code());
        var withEvents = ctxBookings(real, BenchmarkInn.open(real, code + "E").code());
        int rounds = 10;
        int perRound = Math.max(1, writes / rounds / 2);
        long[] plain = new long[rounds];
        long[] evented = new long[rounds];
        int[] counter = {0};
        for (int i = 0; i < 100; i++) {
            withoutEvents.accept(counter[0]);
            withEvents.accept(counter[0]++);
        }
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                withoutEvents.accept(counter[0] + i);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                withEvents.accept(counter[0] + i);
            }
            long t2 = System.nanoTime();
            counter[0] += perRound;
            plain[r] = (t1 - t0) / perRound;
            evented[r] = (t2 - t1) / perRound;
        }
        double base = Samples.median(plain) / 1000.0;
        double with = Samples.median(evented) / 1000.0;
        System.out.printf(
                "Booking create through the service (validation, availability, audit, answer), %d rounds x %d%n",
                rounds, perRound);
        System.out.printf("  cloud writing no events   %8.1f us   (baseline)%n", base);
        System.out.printf(
                "  cloud with its outbox     %8.1f us   ratio %.2f  -> the event adds %+.0f%% (goal: under +25%%)%n",
                with, with / base, (with / base - 1) * 100);
    }

    /** Books one night for a new guest; bookings spread over many nights so the hotel never sells out. */
    private static java.util.function.IntConsumer ctxBookings(ApplicationContext ctx, String code) {
        var takingBooking = ctx.getBean(TakingBooking.class);
        Caller desk = new Caller(code.toLowerCase() + ".admin", StaffRole.PROPERTY_ADMIN, code);
        LocalDate first = LocalDate.parse("2027-01-01");
        return n -> {
            LocalDate arrival = first.plusDays(n / 40);
            takingBooking.take(
                    desk,
                    code,
                    new app.innkeep.cloud.booking.BookingRequests.CreateBookingRequest(
                            null,
                            new app.innkeep.cloud.guest.GuestRequests.GuestDetails("Bench", "Guest " + n, null, null),
                            "WEB",
                            "STD",
                            arrival,
                            arrival.plusDays(1),
                            2,
                            0,
                            new BigDecimal("129.00"),
                            null,
                            null));
        };
    }
}
