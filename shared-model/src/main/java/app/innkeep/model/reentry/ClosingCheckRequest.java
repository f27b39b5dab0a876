package app.innkeep.model.reentry;

import java.util.List;

/**
 * The closing check's question ({@code POST .../reentry/verify}): are these posted entries in the cloud, what is the
 * balance of these bookings (cloud confirmation numbers or D-numbers), and — since schema version 2 — how much RENT
 * the cloud holds for each night the standby closed (the standby sends its own count and total per night).
 */
public record ClosingCheckRequest(List<String> entryIds, List<String> bookings, List<NightRent> nights) {

    /** Version 2 added {@code nights}; a version-1 question has none. */
    public static final int SCHEMA_VERSION = 2;

    public ClosingCheckRequest {
        entryIds = List.copyOf(entryIds);
        bookings = List.copyOf(bookings);
        nights = List.copyOf(nights);
    }

    /** A question about entries and balances only (an outage that closed no day). */
    public ClosingCheckRequest(List<String> entryIds, List<String> bookings) {
        this(entryIds, bookings, List.of());
    }
}
