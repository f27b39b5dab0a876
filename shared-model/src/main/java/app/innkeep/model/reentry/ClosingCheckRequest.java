package app.innkeep.model.reentry;

import java.util.List;

/**
 * The closing check's question ({@code POST .../reentry/verify}): are these posted entries in the cloud, and what is
 * the balance of these bookings (cloud confirmation numbers or D-numbers)?
 */
public record ClosingCheckRequest(List<String> entryIds, List<String> bookings) {

    public ClosingCheckRequest {
        entryIds = List.copyOf(entryIds);
        bookings = List.copyOf(bookings);
    }
}
