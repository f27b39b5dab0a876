package app.innkeep.standby.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report}: one of the standby's reports (re-entry, downtime pack, mismatches, collisions) into a file. */
@Command(
        name = "report",
        description = "Print a report to a file: room-bookings, financials, items (the re-entry reports; the outage"
                + " window comes from the journal unless --from/--until are given), downtime-pack,"
                + " master-data-mismatches, collisions.")
class PrintingReport extends StandbyCommand {

    @Parameters(index = "0", description = "Which report (see above).")
    String name;

    @Option(names = "--format", defaultValue = "pdf", description = "pdf or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--from", description = "Window start, local time of the property, e.g. 2026-11-23T10:40.")
    String from;

    @Option(names = "--until", description = "Window end, e.g. 2026-11-23T15:10.")
    String until;

    @Option(names = "--out", description = "File or folder to write to (default: the current folder).")
    Path out;

    @Override
    public Integer call() throws Exception {
        byte[] bytes = standby().download(path());
        String fileName = name + "." + format;
        Path target = out == null ? Path.of(fileName) : out;
        if (Files.isDirectory(target)) {
            target = target.resolve(fileName);
        }
        Files.write(target, bytes);
        out().println("Wrote " + target.toAbsolutePath() + " (" + bytes.length + " bytes)");
        return 0;
    }

    /** The report's address, with the window when one is given. */
    private String path() {
        StringBuilder path = new StringBuilder("/reports/" + name + "." + format);
        String separator = "?";
        if (from != null) {
            path.append(separator).append("from=").append(URLEncoder.encode(from, StandardCharsets.UTF_8));
            separator = "&";
        }
        if (until != null) {
            path.append(separator).append("until=").append(URLEncoder.encode(until, StandardCharsets.UTF_8));
        }
        return path.toString();
    }
}
