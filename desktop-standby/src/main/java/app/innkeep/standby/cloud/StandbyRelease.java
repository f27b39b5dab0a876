package app.innkeep.standby.cloud;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The release this standby is, as the build wrote it (the project's version, filtered into {@code release.properties}):
 * sent to the cloud on every call so support sees which standbys still run an old one (issue 18).
 */
public final class StandbyRelease {

    public static final String VERSION = read();

    private StandbyRelease() {}

    private static String read() {
        try (InputStream in = StandbyRelease.class.getResourceAsStream("release.properties")) {
            if (in == null) {
                throw new IllegalStateException("release.properties is missing from the standby's classes: rebuild it");
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "").strip();
            if (version.isEmpty() || version.contains("${")) {
                // Built without the pom's resource filtering (an IDE's own build): say so rather than send a template.
                throw new IllegalStateException("release.properties was not filled in by the Maven build: " + version);
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
