package app.innkeep.standby.store;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A snapshot's lines in their order, one at a time, with a look at the next one before it is taken: from a downloaded
 * file, or as they arrive from the cloud (ADR 0014). The writing of a snapshot reads it once, from the header to the
 * end line; each of the large sections is taken by its table function ({@link SnapshotTable}), which stops at the
 * first line of the next section and leaves it here. Blank lines are skipped.
 */
public final class SnapshotLines implements Closeable {

    /** Reading the lines failed (the connection broke off, the file could not be read): nothing read may be kept. */
    public static final class Broken extends IOException {
        public Broken(String message, Throwable cause) {
            super(message, cause);
        }

        /** The broken read behind a failure, if that is why it failed. */
        public static java.util.Optional<Broken> in(Throwable failure) {
            return SnapshotTable.causeOf(failure, Broken.class);
        }
    }

    private final BufferedReader in;
    private final String source;
    private String next;
    private long taken;
    private long chars;

    private SnapshotLines(BufferedReader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** The lines of a downloaded snapshot file. */
    public static SnapshotLines of(Path file) throws IOException {
        return new SnapshotLines(Files.newBufferedReader(file, StandardCharsets.UTF_8), "the downloaded snapshot");
    }

    /** The lines of a snapshot as they arrive, from its decoded body; closing them closes the body. */
    public static SnapshotLines arriving(InputStream body) {
        return new SnapshotLines(
                new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 64 * 1024),
                "the snapshot as it arrives");
    }

    /** The next line, not taken; null after the last. */
    public String peek() throws Broken {
        if (next == null) {
            try {
                String line;
                do {
                    line = in.readLine();
                } while (line != null && line.isBlank());
                next = line;
            } catch (IOException e) {
                throw new Broken("reading " + source + " broke off after " + taken + " lines: " + e.getMessage(), e);
            }
        }
        return next;
    }

    /** The next line, taken; null after the last. */
    public String take() throws Broken {
        String line = peek();
        if (line != null) {
            next = null;
            taken++;
            chars += line.length() + 1;
        }
        return line;
    }

    /** How many lines were taken so far (the number of the last one taken). */
    public long taken() {
        return taken;
    }

    /** About how many bytes the lines taken so far hold (characters and line ends). */
    public long size() {
        return chars;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
