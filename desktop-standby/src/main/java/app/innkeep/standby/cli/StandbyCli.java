package app.innkeep.standby.cli;

import app.innkeep.standby.DataFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The property admin's command line for a running standby on this PC: set backup, status, sync now, full resync,
 * restart the sync service, master-data mismatches and adoption, logins, reports, backups, comparison. It talks to
 * the standby's local HTTP port ({@link StandbyClient}); each subcommand is its own class.
 */
@Command(
        name = "standby",
        mixinStandardHelpOptions = true,
        // Every subcommand gets --help and --version too.
        scope = CommandLine.ScopeType.INHERIT,
        version = "Innkeep standby CLI 0.1",
        description = "Operate the Innkeep desktop standby running on this PC.",
        subcommands = {
            ShowingStatus.class,
            PairingWithCloud.class,
            SyncingNow.class,
            FullResync.class,
            RestartingSync.class,
            ListingMismatches.class,
            AdoptingCloudValues.class,
            StaffLogins.class,
            PrintingReport.class,
            BackingUp.class,
            ComparingWithCloud.class
        })
public class StandbyCli {

    @Option(
            names = "--standby",
            description = "Address of the running standby (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:INNKEEP_STANDBY_URL:-http://127.0.0.1:8090}",
            scope = CommandLine.ScopeType.INHERIT)
    String standby;

    @Option(
            names = "--data-dir",
            description = "The standby's data folder, where it keeps the operator token this CLI sends"
                    + " (default: INNKEEP_STANDBY_DATA_DIR, else this PC's usual folder: ${DEFAULT-VALUE}).",
            scope = CommandLine.ScopeType.INHERIT)
    Path dataDir;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line; a refusal or failure is one line on {@code err} and exit code 2. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new StandbyCli());
        cli.setOut(out).setErr(err);
        // The same folder the standby itself takes when none is named (DataFolder), so on a front-desk PC the CLI
        // finds the token without options.
        cli.setDefaultValueProvider(option -> option instanceof CommandLine.Model.OptionSpec o
                        && o.longestName().equals("--data-dir")
                ? DataFolder.forThisPc().toString()
                : null);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("standby: " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }
}
