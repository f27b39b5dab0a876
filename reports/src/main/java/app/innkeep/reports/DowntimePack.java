package app.innkeep.reports;

import java.util.List;

/**
 * What the front desk prints every hour in case the lights go out: today's arrivals, in-house guests by room with
 * balances, today's departures, room status (out-of-order rooms marked), and every guest with an open balance.
 */
public record DowntimePack(
        ReportHeader header,
        String currency,
        List<PackGuest> arrivals,
        List<PackGuest> inHouse,
        List<PackGuest> departures,
        List<PackRoom> rooms,
        List<PackGuest> balances) {

    public DowntimePack {
        java.util.Objects.requireNonNull(header, "header");
        arrivals = arrivals == null ? List.of() : List.copyOf(arrivals);
        inHouse = inHouse == null ? List.of() : List.copyOf(inHouse);
        departures = departures == null ? List.of() : List.copyOf(departures);
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
        balances = balances == null ? List.of() : List.copyOf(balances);
    }
}
