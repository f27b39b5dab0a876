package app.innkeep.standby.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code staff}: the front desk's standby logins; on its own it shows what it can do. */
@Command(
        name = "staff",
        description = "Standby logins for the front desk: list them, or add or change one.",
        subcommands = {ListingStaff.class, AddingStaff.class})
class StaffLogins implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
