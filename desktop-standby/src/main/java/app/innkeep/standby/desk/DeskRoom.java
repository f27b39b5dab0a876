package app.innkeep.standby.desk;

import app.innkeep.model.Housekeeping;

/** A room on the rack: its housekeeping, whether it is out of order, and who is in it tonight. */
@io.micronaut.serde.annotation.Serdeable
public record DeskRoom(
        String number,
        String roomType,
        Housekeeping housekeeping,
        boolean outOfOrder,
        String occupantConfirmation,
        String occupantName) {

    public boolean ready() {
        return !outOfOrder && housekeeping.readyForArrival();
    }

    public String label() {
        return number + " (" + roomType + ", " + housekeeping.name().toLowerCase(java.util.Locale.ROOT)
                + (outOfOrder ? ", out of order" : "") + ")";
    }
}
