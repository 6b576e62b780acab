package se.socialkontakt.benchmarks;

import se.socialkontakt.benchmarks.http.CommandLine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Command-line options of {@link ChatBenchmark}: {@code --name value} pairs, each with a default. */
record Options(List<Integer> conversations, List<String> servers, Duration warmup, Duration duration,
        Duration interval, int messageSize, int setUpLanes, Duration setUpTimeout, String serverHeap, Path chatJar,
        int chatPort, int relayPort, String keycloakRealm, String chatDatabase,
        String maxConversationsProperty, List<String> chatOptions, Path results, Path logs) {

    private static final String USAGE = """
            usage: ChatBenchmark [--name value]...
              --conversations 1000,5000   conversations (pairs of WebSocket clients) per run
              --servers relay,chat        what to measure: relay (raw baseline), chat (chat-service)
              --warmup 10                 seconds of load before measuring
              --duration 60               seconds measured
              --interval-ms 2000          one message per conversation this often
              --message-size 100          characters of message text
              --setup-lanes 8             conversations set up in parallel
              --setup-timeout 600         seconds allowed for setting up one run
              --server-heap 1g            heap (-Xms and -Xmx) of chat-service and of the relay alike
              --chat-jar chat-service/target/quarkus-app/quarkus-run.jar
              --chat-port 18191  --relay-port 18192   (18081-18084 and 18091 are the system tests')
              --keycloak http://localhost:8180/realms/socialkontakt
              --chat-db jdbc:postgresql://localhost:5432/sk_chat_bench   (cleaned at every start)
              --max-conversations-property socialkontakt.chat.counsellor.max-conversations
              --chat-opts "-Dkey=value ..."    more system properties for chat-service
              --results benchmarks/target/results.md  --logs benchmarks/target/logs""";

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("conversations", "1000,5000"),
            Map.entry("servers", "relay,chat"),
            Map.entry("warmup", "10"),
            Map.entry("duration", "60"),
            Map.entry("interval-ms", "2000"),
            Map.entry("message-size", "100"),
            Map.entry("setup-lanes", "8"),
            Map.entry("setup-timeout", "600"),
            Map.entry("server-heap", "1g"),
            Map.entry("chat-jar", "chat-service/target/quarkus-app/quarkus-run.jar"),
            Map.entry("chat-port", "18191"),
            Map.entry("relay-port", "18192"),
            Map.entry("keycloak", "http://localhost:8180/realms/socialkontakt"),
            Map.entry("chat-db", "jdbc:postgresql://localhost:5432/sk_chat_bench"),
            Map.entry("max-conversations-property", "socialkontakt.chat.counsellor.max-conversations"),
            Map.entry("chat-opts", ""),
            Map.entry("results", "benchmarks/target/results.md"),
            Map.entry("logs", "benchmarks/target/logs"));

    /** The options, or the usage printed and the process exited (see CommandLine.parseOrExit). */
    static Options parse(String[] args) {
        return CommandLine.parseOrExit(args, USAGE, DEFAULTS, Options::from);
    }

    private static Options from(CommandLine line) {
        List<String> servers = line.list("servers");
        if (servers.isEmpty() || !List.of(ChatBenchmark.RELAY, ChatBenchmark.CHAT).containsAll(servers)) {
            throw new IllegalArgumentException("--servers takes relay and/or chat");
        }
        return new Options(
                line.integers("conversations"),
                servers,
                line.seconds("warmup"),
                line.seconds("duration"),
                Duration.ofMillis(line.integer("interval-ms")),
                line.integer("message-size"),
                line.integer("setup-lanes"),
                line.seconds("setup-timeout"),
                line.text("server-heap"),
                line.path("chat-jar"),
                line.integer("chat-port"),
                line.integer("relay-port"),
                line.text("keycloak"),
                line.text("chat-db"),
                line.text("max-conversations-property"),
                line.words("chat-opts"),
                line.path("results"),
                line.path("logs"));
    }

    /** Messages still under way this long after the measured window are counted lost. */
    Duration drainTimeout() {
        Duration twoIntervals = interval.multipliedBy(2);
        return twoIntervals.compareTo(Duration.ofSeconds(5)) > 0 ? twoIntervals : Duration.ofSeconds(5);
    }
}
