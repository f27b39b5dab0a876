package app.innkeep.standby.desk;

/** A room on the rack: its housekeeping, whether it is out of order, and who is in it tonight. */
@io.micronaut.serde.annotation.Serdeable
public record DeskRoom(
        String number,
        String roomType,
        String housekeeping,
        boolean outOfOrder,
        String occupantConfirmation,
        String occupantName) {

    public boolean ready() {
        return !outOfOrder && !"DIRTY".equals(housekeeping);
    }

    public String label() {
        return number + " (" + roomType + ", " + housekeeping.toLowerCase(java.util.Locale.ROOT)
                + (outOfOrder ? ", out of order" : "") + ")";
    }
}
