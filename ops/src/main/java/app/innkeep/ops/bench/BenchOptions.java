package app.innkeep.ops.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A bench's command line: {@code --name value} pairs; {@code --help} prints the usage and ends the run. */
final class BenchOptions {

    /** What to do with an argument that is not a {@code --name value} pair. */
    enum Unknown {
        IGNORE,
        REFUSE
    }

    private BenchOptions() {}

    static Map<String, String> parse(String[] args, List<String> usage, Unknown unknown) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                usage.forEach(System.out::println);
                System.exit(0);
            }
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else if (unknown == Unknown.REFUSE) {
                System.err.println("unknown argument: " + args[i] + " (see --help)");
                System.exit(2);
            }
        }
        return options;
    }
}
