package app.innkeep.ops.demo;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Which port each of the demo's apps listens on, and why: the one its environment variable names
 * ({@code MICRONAUT_SERVER_PORT} for the cloud, as for {@code ops/bin/innkeep cloud}; {@code INNKEEP_STANDBY_PORT} for
 * the standby), else the usual one (8080, 8090) when it is free, else any free port — said, never silent. A port named
 * but taken stops the demo with the reason instead of running elsewhere.
 */
final class DemoPorts {

    /** The port an app gets (0: let the system pick one) and the words that say why. */
    record Choice(int port, String why) {

        /** The sentence the demo prints once the app listens on {@code actual}. */
        String said(String app, int actual) {
            return app + " on port " + actual + " (" + why + ")";
        }
    }

    private DemoPorts() {}

    static Choice choose(Map<String, String> env, String variable, int usual) {
        String named = env.get(variable);
        if (named != null && !named.isBlank()) {
            int port;
            try {
                port = Integer.parseInt(named.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(variable + "=" + named + " is not a port number");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(variable + "=" + named + " is not a port number (1 to 65535)");
            }
            if (!free(port)) {
                throw new IllegalStateException(variable + "=" + port + " is taken by another program: stop it, or set "
                        + variable + " to a free port");
            }
            return new Choice(port, "from " + variable);
        }
        if (free(usual)) {
            return new Choice(usual, "the usual port; set " + variable + " to choose another");
        }
        return new Choice(
                0, usual + " is taken by another program, so a free port was picked; set " + variable + " to choose");
    }

    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
