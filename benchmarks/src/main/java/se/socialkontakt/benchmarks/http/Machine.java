package se.socialkontakt.benchmarks.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures depend on besides the server: the machine's cores and how busy other work kept it. */
public final class Machine {
    private Machine() {
    }

    /** The 1-minute load average: far above the core count means the figures were disturbed by other work. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static void log(String format, Object... args) {
        System.out.printf("==> " + format + "%n", args);
    }
}
