package app.innkeep.reports;

/** A report could not be compiled, filled or exported. Usually a broken template or installation (e.g. missing Jasper extensions in a repackaged jar). */
public final class ReportException extends RuntimeException {

    ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
