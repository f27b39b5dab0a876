package app.innkeep.ops.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a standby JVM used at most: its resident set's high-water mark ({@code VmHWM} in /proc, read while it still
 * runs) and the largest heap in use when a collection started, from the JVM's own GC log ({@code -Xlog:gc}). The heap
 * can only have grown between collections up to the point a collection was needed, so the latter is the heap's peak
 * as closely as the JVM itself reports it.
 */
record StandbyMemory(long heapPeakBytes, long rssPeakBytes) {

    /** "GC(3) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.345ms": the 24M. */
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)([KMG])->\\d+[KMG]\\(\\d+[KMG]\\)");

    static final StandbyMemory NONE = new StandbyMemory(0, 0);

    /** The JVM options that make a standby log what {@link #read} needs, under the heap limit. */
    static String jvmOptions(Path gcLog) {
        return "-Xmx256m -Xlog:gc:file=" + gcLog;
    }

    static long rssPeak(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // No /proc here: the figure is left out rather than guessed.
        }
        return 0;
    }

    static long heapPeak(Path gcLog) {
        long peak = 0;
        try {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_LINE.matcher(line);
                if (m.find()) {
                    long value = Long.parseLong(m.group(1));
                    long bytes = switch (m.group(2)) {
                        case "K" -> value << 10;
                        case "M" -> value << 20;
                        default -> value << 30;
                    };
                    peak = Math.max(peak, bytes);
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return peak;
    }

    StandbyMemory max(StandbyMemory other) {
        return new StandbyMemory(
                Math.max(heapPeakBytes, other.heapPeakBytes), Math.max(rssPeakBytes, other.rssPeakBytes));
    }

    String describe() {
        return String.format(
                "heap peak %s MB (largest heap in use at a GC, -Xmx256m), RSS peak %s MB (VmHWM)",
                heapPeakBytes == 0 ? "?" : String.valueOf(heapPeakBytes >> 20),
                rssPeakBytes == 0 ? "?" : String.valueOf(rssPeakBytes >> 20));
    }
}
