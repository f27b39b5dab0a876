package app.innkeep.standby.cloud;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;

/**
 * What went wrong on the way to the cloud, worded for a hotel admin: "could not be reached" only when it could not,
 * and a cut answer, a timeout, a name that does not resolve, a TLS failure or a server error each said as such.
 */
public record TransportProblem(Kind kind, String words) {

    /** The kinds an admin can act on differently (check the line, the address, the PC's clock, or wait). */
    public enum Kind {
        REFUSED,
        TIMEOUT,
        DNS,
        TLS,
        BROKEN_OFF,
        SERVER_ERROR,
        NETWORK
    }

    /** The sentence for one call, e.g. {@code sentence("snapshot")}. */
    public String sentence(String what) {
        return words.replace("{what}", what);
    }

    static TransportProblem of(Throwable e) {
        if (e instanceof CloudClient.ServerTrouble trouble) {
            return new TransportProblem(
                    Kind.SERVER_ERROR,
                    "the cloud answered the {what} with a server error (HTTP " + trouble.status()
                            + "): it is running but not well");
        }
        if (!has(e, CloudClient.TruncatedAnswer.class)
                && String.valueOf(e.getMessage()).contains("received no bytes")) {
            // The JDK reports this with an EOFException inside: nothing was sent, so nothing "broke off".
            return new TransportProblem(
                    Kind.NETWORK,
                    "the connection to the cloud was closed before any answer to the {what} (the line or a proxy"
                            + " dropped it)");
        }
        if (has(e, CloudClient.TruncatedAnswer.class) || has(e, EOFException.class) || has(e, ZipException.class)) {
            return new TransportProblem(
                    Kind.BROKEN_OFF,
                    "the cloud's answer to the {what} broke off before its end (the connection was cut while it was"
                            + " sending)");
        }
        if (has(e, HttpTimeoutException.class) || has(e, SocketTimeoutException.class)) {
            return new TransportProblem(Kind.TIMEOUT, "the cloud did not answer the {what} in time");
        }
        if (has(e, UnresolvedAddressException.class) || has(e, UnknownHostException.class)) {
            return new TransportProblem(
                    Kind.DNS,
                    "the cloud's address could not be looked up for the {what} (DNS): check this PC's internet"
                            + " connection and the cloud address");
        }
        if (has(e, SSLException.class)) {
            return new TransportProblem(
                    Kind.TLS,
                    "a secure (TLS) connection to the cloud could not be set up for the {what}: check the cloud"
                            + " address and this PC's date and time");
        }
        if (has(e, ConnectException.class)) {
            return new TransportProblem(
                    Kind.REFUSED,
                    "the cloud could not be reached for the {what}: nothing answered at its address (the line is"
                            + " down, or the cloud is)");
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new TransportProblem(
                Kind.NETWORK, "the connection to the cloud failed during the {what} (" + detail + ")");
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
