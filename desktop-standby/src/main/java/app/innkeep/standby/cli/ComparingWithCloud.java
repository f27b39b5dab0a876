package app.innkeep.standby.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code compare}: is the replica a true copy of the cloud — booking by booking, line by line, room by room. */
@Command(
        name = "compare",
        description = "Compare the replica with the cloud: syncs, then checks every booking, folio line and room"
                + " against a full snapshot. Exit code 0 when they are equal, 1 when not.")
class ComparingWithCloud extends StandbyCommand {

    @Override
    public Integer call() throws Exception {
        Map<?, ?> r = (Map<?, ?>) standby().post("/api/compare");
        out().printf(
                        "Compared %s bookings, %s folio lines and %s rooms at sequence %s.%n",
                        r.get("bookings"), r.get("folioLines"), r.get("rooms"), r.get("cloudSequence"));
        if (Boolean.TRUE.equals(r.get("same"))) {
            out().println("The replica equals the cloud.");
            return 0;
        }
        out().println(r.get("differenceCount") + " differences:");
        for (Object difference : (List<?>) r.get("differences")) {
            out().println("  " + difference);
        }
        return 1;
    }
}
