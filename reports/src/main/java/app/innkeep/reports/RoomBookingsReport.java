package app.innkeep.reports;

import java.util.List;

/** The "Room bookings" re-entry report: every booking action of an outage window, in the order it was taken. */
public record RoomBookingsReport(ReportHeader header, String currency, List<BookingEntry> entries) {

    public RoomBookingsReport {
        java.util.Objects.requireNonNull(header, "header");
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
