package se.socialkontakt.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resident set size of a process, read from {@code /proc/<pid>/status} (Linux). RSS rather than heap figures because
 * WebSocket servers hold much of their per-connection memory off the heap (Netty buffers, thread stacks): RSS is
 * what a machine must really provide, for chat-service and the baseline alike.
 */
public final class ProcessMemory {
    private ProcessMemory() {
    }

    /** VmRSS in kB, or -1 when the process is gone. */
    public static long rssKb(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            throw new IllegalStateException("no VmRSS line in " + status);
        } catch (java.nio.file.NoSuchFileException gone) {
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
