package app.innkeep.ops.bench;

import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.FolioLineState;
import app.innkeep.model.event.GuestState;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.event.PropertyEvent.BookingCancelled;
import app.innkeep.model.event.PropertyEvent.BookingCheckedIn;
import app.innkeep.model.event.PropertyEvent.BookingCheckedOut;
import app.innkeep.model.event.PropertyEvent.BookingCreated;
import app.innkeep.model.event.PropertyEvent.BookingModified;
import app.innkeep.model.event.PropertyEvent.ChargePosted;
import app.innkeep.model.event.PropertyEvent.PaymentPosted;
import app.innkeep.model.event.PropertyEvent.RoomStatusChanged;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The feed of a busy front desk: many guests' stories told at once, interleaved as they happen. Each guest books, one
 * in three changes the booking, one in ten cancels; the others check in, are charged rent and an extra or two, pay by
 * card, check out, and the room turns dirty and then clean again. Guests still on their way at the end of one call
 * carry on in the next, so later events update bookings written earlier. Seeded, so every run makes the same feed.
 */
final class PeakHour {

    /** The share of each kind of event in what was made, for the printout. */
    enum Kind {
        CREATED,
        MODIFIED,
        CANCELLED,
        CHECKED_IN,
        CHECKED_OUT,
        CHARGE,
        PAYMENT,
        ROOM_STATUS
    }

    /** Guests whose stories run at the same time: their events interleave in the feed. */
    private static final int AT_ONCE = 60;

    private final Random random = new Random(14);
    private final LocalDate businessDate;
    private final int rooms;
    private final List<Deque<PropertyEvent>> guests = new ArrayList<>();
    private final Map<Kind, Integer> made = new EnumMap<>(Kind.class);
    private long nextConfirmation = 90_000_000L;
    private long nextLine = 900_000_000L;

    PeakHour(LocalDate businessDate, int rooms) {
        this.businessDate = businessDate;
        this.rooms = rooms;
    }

    /** The next {@code count} events of the hour. */
    List<PropertyEvent> next(int count) {
        List<PropertyEvent> events = new ArrayList<>(count);
        while (events.size() < count) {
            while (guests.size() < AT_ONCE) {
                guests.add(story());
            }
            int pick = random.nextInt(guests.size());
            Deque<PropertyEvent> story = guests.get(pick);
            PropertyEvent event = story.removeFirst();
            made.merge(kind(event), 1, Integer::sum);
            events.add(event);
            if (story.isEmpty()) {
                guests.remove(pick);
            }
        }
        return events;
    }

    Map<Kind, Integer> made() {
        return made;
    }

    private Deque<PropertyEvent> story() {
        Deque<PropertyEvent> story = new ArrayDeque<>();
        long confirmation = nextConfirmation++;
        int roomIndex = (int) (confirmation % rooms);
        String room = BusyProperty.roomNumber(roomIndex);
        String roomType = BusyProperty.roomType(roomIndex);
        GuestState guest = new GuestState(
                confirmation, "Alex", "Walker" + confirmation, "walker" + confirmation + "@example.com", null);
        BigDecimal rate = new BigDecimal(roomType.equals("STD") ? "129.00" : "159.00");
        int nights = 1 + random.nextInt(3);
        BookingState booked = new BookingState(
                String.valueOf(confirmation),
                "RESERVED",
                guest,
                random.nextInt(3) == 0 ? "PHONE" : "WEB",
                roomType,
                room,
                businessDate,
                businessDate.plusDays(nights),
                2,
                random.nextInt(3) == 0 ? 1 : 0,
                rate,
                null,
                null);
        story.add(new BookingCreated(booked));
        if (random.nextInt(3) == 0) {
            booked = withNotes(booked, "late arrival, about 22:00");
            story.add(new PropertyEvent.BookingModified(booked));
        }
        if (random.nextInt(10) == 0) {
            story.add(new BookingCancelled(withStatus(booked, "CANCELLED", "changed plans")));
            return story;
        }
        BookingState inHouse = withStatus(booked, "CHECKED_IN", null);
        story.add(new BookingCheckedIn(inHouse));
        String conf = booked.confirmation();
        BigDecimal total = BigDecimal.ZERO;
        for (int n = 0; n < nights; n++) {
            story.add(new ChargePosted(line(conf, "CHARGE", "RENT", "Room rent " + businessDate.plusDays(n), rate)));
            total = total.add(rate);
        }
        int extras = random.nextInt(3);
        for (int e = 0; e < extras; e++) {
            boolean breakfast = random.nextBoolean();
            BigDecimal price = new BigDecimal(breakfast ? "18.00" : "6.00");
            story.add(new ChargePosted(line(
                    conf, "CHARGE", breakfast ? "BREAKFAST" : "MINIBAR", breakfast ? "Breakfast" : "Minibar", price)));
            total = total.add(price);
        }
        story.add(new PaymentPosted(line(conf, "PAYMENT", "VISA", "Visa", total)));
        story.add(new BookingCheckedOut(withStatus(inHouse, "CHECKED_OUT", null)));
        story.add(new RoomStatusChanged(room, roomType, "DIRTY", false));
        story.add(new RoomStatusChanged(room, roomType, "CLEAN", false));
        return story;
    }

    private FolioLineState line(String confirmation, String kind, String code, String description, BigDecimal amount) {
        return new FolioLineState(
                nextLine++,
                confirmation,
                kind,
                code,
                description,
                BigDecimal.ONE,
                amount,
                amount,
                businessDate,
                kind.equals("PAYMENT") ? "4242" : null,
                null);
    }

    private static BookingState withStatus(BookingState b, String status, String cancelReason) {
        return new BookingState(
                b.confirmation(),
                status,
                b.guest(),
                b.source(),
                b.roomType(),
                b.room(),
                b.arrival(),
                b.departure(),
                b.adults(),
                b.children(),
                b.rate(),
                cancelReason,
                b.notes());
    }

    private static BookingState withNotes(BookingState b, String notes) {
        return new BookingState(
                b.confirmation(),
                b.status(),
                b.guest(),
                b.source(),
                b.roomType(),
                b.room(),
                b.arrival(),
                b.departure(),
                b.adults(),
                b.children(),
                b.rate(),
                b.cancelReason(),
                notes);
    }

    private static Kind kind(PropertyEvent event) {
        return switch (event) {
            case BookingCreated c -> Kind.CREATED;
            case BookingModified m -> Kind.MODIFIED;
            case BookingCancelled c -> Kind.CANCELLED;
            case BookingCheckedIn i -> Kind.CHECKED_IN;
            case BookingCheckedOut o -> Kind.CHECKED_OUT;
            case PropertyEvent.ChargePosted c -> Kind.CHARGE;
            case PropertyEvent.PaymentPosted p -> Kind.PAYMENT;
            case RoomStatusChanged r -> Kind.ROOM_STATUS;
            default -> throw new IllegalStateException("not part of the hour: " + event.type());
        };
    }
}
