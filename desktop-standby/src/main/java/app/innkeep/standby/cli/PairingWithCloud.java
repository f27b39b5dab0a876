package app.innkeep.standby.cli;

import app.innkeep.model.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pair}: set this PC up as the property's backup with a code made in the cloud, then copy its data. */
@Command(name = "pair", description = "Set backup: pair with the cloud using a one-time code, then bootstrap.")
class PairingWithCloud extends StandbyCommand {

    @Option(names = "--cloud", required = true, description = "The cloud's address, e.g. https://cloud.example")
    String cloud;

    @Option(names = "--code", required = true, description = "The pairing code made in the cloud (valid 15 minutes).")
    String code;

    @Option(
            names = "--name",
            defaultValue = "Front desk PC",
            description = "A name for this PC (default: ${DEFAULT-VALUE}).")
    String name;

    @Override
    public Integer call() throws Exception {
        var body = JsonObject.fields("cloudUrl", cloud, "code", code, "deviceName", name);
        return print(SyncRunAnswer.of(standby().post("/api/pair", body)));
    }
}
