package se.socialkontakt.benchmarks.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * CPU time of the service process and of the whole machine, from /proc, so a rate can be told apart as the service's
 * own limit or the machine's: when the machine is busy all the time and the service is not, PostgreSQL, the broker
 * or other work took the cores.
 */
record CpuUse(long serviceTicks, long machineBusyTicks, long machineTicks) {
    /** USER_HZ, fixed at 100 on Linux for what /proc reports. */
    private static final double TICKS_PER_SECOND = 100.0;

    static CpuUse now(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // Fields after the command name, which is in parentheses and may contain spaces: utime is the 14th field.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long service = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        long[] cpu = Arrays.stream(Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+"))
                .skip(1).mapToLong(Long::parseLong).toArray();
        long idle = cpu[3] + cpu[4];
        long total = Arrays.stream(cpu).limit(8).sum();
        return new CpuUse(service, total - idle, total);
    }

    /** "service x cores, machine y % busy" between an earlier reading and this one. */
    String since(CpuUse before, double wallSeconds) {
        return String.format(Locale.ROOT, "service %.2f cores, machine %.0f %% busy", cores(before, wallSeconds),
                machineBusyPercent(before));
    }

    /** The process's CPU between an earlier reading and this one, in cores. */
    double cores(CpuUse before, double wallSeconds) {
        return (serviceTicks - before.serviceTicks) / TICKS_PER_SECOND / wallSeconds;
    }

    /** How busy all the machine's cores were between an earlier reading and this one. */
    double machineBusyPercent(CpuUse before) {
        return 100.0 * (machineBusyTicks - before.machineBusyTicks) / Math.max(1, machineTicks - before.machineTicks);
    }
}
