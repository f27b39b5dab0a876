package app.innkeep.standby.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** What every subcommand has: the top command's options (however deep it sits), its output, the client. */
abstract class StandbyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** The standby named by --standby, reached with the token in --data-dir. */
    StandbyClient standby() {
        StandbyCli root = (StandbyCli) spec.root().userObject();
        return new StandbyClient(root.standby, root.dataDir);
    }

    /** Prints how a sync, resync or pairing ended, and says by the exit code whether it succeeded. */
    int print(SyncRunAnswer answer) {
        out().println(answer.result() + ": " + answer.message());
        return answer.succeeded() ? 0 : 1;
    }
}
