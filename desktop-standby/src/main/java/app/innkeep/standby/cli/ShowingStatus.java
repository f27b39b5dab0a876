package app.innkeep.standby.cli;

import app.innkeep.model.PropertyTime;
import app.innkeep.model.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code status}: is this PC a working backup — paired, up to date, nothing held or stopped. */
@Command(
        name = "status",
        description = "Paired property, data as of, feed position, held events, mismatches, last runs.")
class ShowingStatus extends StandbyCommand {

    @Option(names = "--json", description = "Print the status as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Map<?, ?> s = (Map<?, ?>) standby().get("/api/status");
        if (json) {
            out().println(Json.write(s));
            return 0;
        }
        if (s.get("disk") != null) {
            out().printf("DISK FULL       %s%n", s.get("disk"));
        }
        if (s.get("progress") != null) {
            out().printf("Running         %s%n", s.get("progress"));
        }
        if (!Boolean.TRUE.equals(s.get("paired"))) {
            out().println("Not paired. Make a pairing code in the cloud, then: " + SuggestedCommand.PAIR.text());
            return 1;
        }
        if (s.get("property") == null) {
            // The replica could not be read (the disk above): nothing more to show.
            return 1;
        }
        PropertyTime clock = PropertyTime.of((String) s.get("timeZone"));
        out().printf("Property        %s %s%n", s.get("property"), s.get("propertyName"));
        out().printf("Cloud           %s (device %s)%n", s.get("cloudUrl"), s.get("deviceId"));
        out().printf("Data as of      %s%n", at(clock, s.get("dataAsOf")));
        out().printf("Last pull       %s%n", at(clock, s.get("lastPullAt")));
        out().printf("Feed position   %s of %s%n", s.get("cursor"), s.get("cloudHead"));
        out().printf("Events applied  %s%n", s.get("eventsApplied"));
        out().printf("Next sync       %s%n", s.get("nextRun") == null ? "not scheduled" : at(clock, s.get("nextRun")));
        if (s.get("stopReason") != null) {
            out().printf("STOPPED         %s%n", s.get("stopReason"));
        }
        if (s.get("cloudSilence") != null) {
            out().printf("CLOUD SILENT    %s%n", s.get("cloudSilence"));
        }
        if (Boolean.TRUE.equals(s.get("bootstrapPending"))) {
            out().println("BOOTSTRAP       not completed yet; the standby starts it again by itself");
        }
        printHeld((List<?>) s.get("held"));
        List<?> mismatches = (List<?>) s.get("mismatches");
        out().printf(
                        "Mismatches      %d%s%n",
                        mismatches == null ? 0 : mismatches.size(),
                        mismatches == null || mismatches.isEmpty() ? "" : " (standby mismatches)");
        if (s.get("lastRun") instanceof Map<?, ?> run) {
            out().printf(
                            "Last run        %s %s at %s: %s%n",
                            run.get("trigger"), run.get("result"), at(clock, run.get("startedAt")), run.get("message"));
        }
        return s.get("stopReason") == null && s.get("disk") == null ? 0 : 1;
    }

    /** A time from the JSON (ISO UTC) as the property reads it, with its zone: {@code 2026-11-30 04:04 Europe/Berlin}. */
    static String at(PropertyTime clock, Object iso) {
        return iso == null ? "never" : clock.format(Instant.parse(iso.toString()));
    }

    private void printHeld(List<?> held) {
        out().printf("Held events     %d%n", held == null ? 0 : held.size());
        if (held != null) {
            for (Object o : held) {
                Map<?, ?> h = (Map<?, ?>) o;
                out().printf("  #%s %s: %s%n", h.get("sequence"), h.get("type"), h.get("reason"));
            }
        }
    }
}
