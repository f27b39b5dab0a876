package app.innkeep.standby.cli;

import app.innkeep.model.json.JsonObject;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code adopt}: mend a master-data mismatch by taking the cloud's values for one entry, or for all. */
@Command(name = "adopt", description = "Take the cloud's values: one entry (optionally some fields) or --all.")
class AdoptingCloudValues extends StandbyCommand {

    @Option(names = "--all", description = "Adopt every entry the cloud has.")
    boolean all;

    @Parameters(arity = "0..1", index = "0", description = "inventory-item, receipt-type, source or room-type")
    String kind;

    @Parameters(arity = "0..1", index = "1", description = "The code, e.g. RENT")
    String code;

    @Option(
            names = "--field",
            description = "Only this field (repeatable): description, defaultPrice, card, maxOccupancy, active")
    List<String> fields;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> body;
        if (all) {
            body = JsonObject.fields("all", true);
        } else if (kind == null || code == null) {
            throw new IllegalStateException("give KIND and CODE, or --all");
        } else {
            body = JsonObject.fields("kind", kind, "code", code, "fields", fields);
        }
        Map<?, ?> answer = (Map<?, ?>) standby().post("/api/master-data/adopt", body);
        out().println(answer.get("message"));
        return 0;
    }
}
