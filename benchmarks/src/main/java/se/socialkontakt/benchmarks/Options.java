package se.socialkontakt.benchmarks;

import se.socialkontakt.benchmarks.http.CommandLine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Command-line options of {@link ChatBenchmark}: {@code --name value} pairs, each with a default. */
record Options(List<Integer> conversations, List<String> servers, Duration warmup, Duration duration,
        Duration interval, int messageSize, int setUpLanes, Duration setUpTimeout, String serverHeap, Path chatJar,
        int chatPort, int relayPort, String keycloakRealm, String chatDatabase,
        String maxConversationsProperty, List<String> chatOptions, Path results, Path logs) {

    static final String USAGE = """
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

    static Options parse(String[] args) {
        Map<String, String> values = CommandLine.values(args, DEFAULTS);
        List<String> servers = list(values.get("servers"));
        if (servers.isEmpty() || !List.of(ChatBenchmark.RELAY, ChatBenchmark.CHAT).containsAll(servers)) {
            throw new IllegalArgumentException("--servers takes relay and/or chat");
        }
        return new Options(
                list(values.get("conversations")).stream().map(Integer::valueOf).toList(),
                servers,
                seconds(values.get("warmup")),
                seconds(values.get("duration")),
                Duration.ofMillis(Long.parseLong(values.get("interval-ms"))),
                Integer.parseInt(values.get("message-size")),
                Integer.parseInt(values.get("setup-lanes")),
                seconds(values.get("setup-timeout")),
                values.get("server-heap"),
                Path.of(values.get("chat-jar")),
                Integer.parseInt(values.get("chat-port")),
                Integer.parseInt(values.get("relay-port")),
                values.get("keycloak"),
                values.get("chat-db"),
                values.get("max-conversations-property"),
                Arrays.stream(values.get("chat-opts").trim().split("\\s+")).filter(s -> !s.isEmpty()).toList(),
                Path.of(values.get("results")),
                Path.of(values.get("logs")));
    }

    /** Messages still under way this long after the measured window are counted lost. */
    Duration drainTimeout() {
        Duration twoIntervals = interval.multipliedBy(2);
        return twoIntervals.compareTo(Duration.ofSeconds(5)) > 0 ? twoIntervals : Duration.ofSeconds(5);
    }

    private static List<String> list(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Duration seconds(String value) {
        return Duration.ofSeconds(Long.parseLong(value));
    }
}
