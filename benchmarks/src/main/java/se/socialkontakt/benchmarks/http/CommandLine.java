package se.socialkontakt.benchmarks.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A benchmark's {@code --name value} options, each with a default. Addresses are checked to be on the loopback
 * interface: a benchmark only ever loads servers of this machine.
 */
public final class CommandLine {
    private final Map<String, String> values;

    private CommandLine(Map<String, String> values) {
        this.values = values;
    }

    /** Parses the options, or prints the usage and exits (0 for --help, 2 for a bad option). */
    public static CommandLine parseOrExit(String[] args, String usage, Map<String, String> defaults) {
        return parseOrExit(args, usage, defaults, Function.identity());
    }

    /**
     * Parses the options and reads them into a benchmark's own settings, or prints the usage and exits (0 for
     * --help, 2 for a bad option or a value {@code reading} refuses with an IllegalArgumentException).
     */
    public static <T> T parseOrExit(String[] args, String usage, Map<String, String> defaults,
            Function<CommandLine, T> reading) {
        if (List.of(args).contains("--help")) {
            System.out.println(usage);
            System.exit(0);
        }
        try {
            return reading.apply(new CommandLine(values(args, defaults)));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage);
            System.exit(2);
            return null;
        }
    }

    /** The defaults, overridden by {@code --name value} pairs; an unknown name or a missing value is refused. */
    private static Map<String, String> values(String[] args, Map<String, String> defaults) {
        Map<String, String> values = new HashMap<>(defaults);
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!defaults.containsKey(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("bad option '" + args[i] + "'");
            }
            values.put(name, args[i + 1]);
        }
        return values;
    }

    public String text(String name) {
        return values.get(name);
    }

    public int integer(String name) {
        return Integer.parseInt(values.get(name));
    }

    /** A whole number above zero. */
    public int positive(String name) {
        int value = integer(name);
        if (value <= 0) {
            throw new IllegalArgumentException("--" + name + " must be positive");
        }
        return value;
    }

    public Duration seconds(String name) {
        return Duration.ofSeconds(Long.parseLong(values.get(name)));
    }

    public Path path(String name) {
        return Path.of(values.get(name));
    }

    public List<String> list(String name) {
        return Arrays.stream(values.get(name).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public List<Integer> integers(String name) {
        return list(name).stream().map(Integer::valueOf).toList();
    }

    /** The space-separated words of the option, e.g. extra -D settings for a server. */
    public List<String> words(String name) {
        return Arrays.stream(values.get(name).trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /** An http(s) or jdbc:postgresql URL whose host must be a loopback address. */
    public String loopbackUrl(String name) {
        String url = values.get(name);
        String host = URI.create(url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url).getHost();
        try {
            if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("--" + name + " " + url + ": only loopback addresses may be loaded");
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--" + name + " " + url + ": unknown host", e);
        }
        return url;
    }
}
