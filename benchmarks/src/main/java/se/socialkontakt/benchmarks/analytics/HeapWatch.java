package se.socialkontakt.benchmarks.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The service's heap while it works, two ways. {@code jstat -gc <pid> 1000} samples the heap in use once a second
 * from the JVM's performance counters (shared memory: no attach, no JVM started per sample, so the two cores are
 * hardly disturbed); a sample can miss the top just before a collection. The GC log ({@code -Xlog:gc}, which the
 * benchmark gives the service) has the heap in use before every collection, the true highest.
 */
final class HeapWatch implements AutoCloseable {
    /** "Pause Young (Normal) (G1 Evacuation Pause) 24M->5M(256M) 3.456ms" and the like. */
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern OOM = Pattern.compile("OutOfMemoryError");

    private final Process jstat;
    private final Thread reader;
    private volatile double maxSampledMb;
    private volatile int samples;

    private HeapWatch(Process jstat) {
        this.jstat = jstat;
        this.reader = Thread.ofPlatform().daemon().name("jstat reader").start(this::read);
    }

    /** The JVM options that make the service write the GC log read by {@link #fromGcLog}. */
    static String gcLogOption(Path gcLog) {
        return "-Xlog:gc:file=" + gcLog.toAbsolutePath();
    }

    static HeapWatch start(long pid) throws IOException {
        String jstat = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
        return new HeapWatch(new ProcessBuilder(jstat, "-gc", Long.toString(pid), "1000")
                .redirectErrorStream(true).start());
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                StandardCharsets.UTF_8))) {
            String header = lines.readLine();
            if (header == null) {
                return;
            }
            String[] names = header.trim().split("\\s+");
            int s0u = index(names, "S0U");
            int s1u = index(names, "S1U");
            int eu = index(names, "EU");
            int ou = index(names, "OU");
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] values = line.trim().split("\\s+");
                if (values.length != names.length || values[0].equals(names[0])) {
                    continue;
                }
                double kb = kb(values, s0u) + kb(values, s1u) + kb(values, eu) + kb(values, ou);
                maxSampledMb = Math.max(maxSampledMb, kb / 1024);
                samples++;
            }
        } catch (IOException e) {
            // jstat ends with the service; what was read stands
        }
    }

    private static int index(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("jstat -gc printed no column " + name);
    }

    private static double kb(String[] values, int index) {
        String value = values[index];
        return value.equals("-") ? 0 : Double.parseDouble(value);
    }

    double maxSampledMb() {
        return maxSampledMb;
    }

    int samples() {
        return samples;
    }

    /** Highest heap in use before a collection, and the largest committed heap, in MB, from a {@code -Xlog:gc} file. */
    static String fromGcLog(Path gcLog) {
        long maxBefore = 0;
        long maxCommitted = 0;
        int collections = 0;
        try (Stream<String> lines = Files.lines(gcLog, StandardCharsets.ISO_8859_1)) {
            for (String line : (Iterable<String>) lines::iterator) {
                Matcher m = GC_LINE.matcher(line);
                if (m.find()) {
                    collections++;
                    maxBefore = Math.max(maxBefore, Long.parseLong(m.group(1)));
                    maxCommitted = Math.max(maxCommitted, Long.parseLong(m.group(3)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.format(Locale.ROOT, "%,d MB before a collection (committed at most %,d MB; %,d collections)",
                maxBefore, maxCommitted, collections);
    }

    /** Whether the service's log mentions an OutOfMemoryError. */
    static boolean outOfMemory(Path log) {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.anyMatch(line -> OOM.matcher(line).find());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        jstat.destroy();
        reader.join(2000);
    }
}
