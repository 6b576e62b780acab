package se.socialkontakt.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topics are defined once, in deploy/k8s/kafka-topics.conf, and everything that names a topic agrees with it:
 * every Kafka channel in any module's configuration, every event type, and the files that create topics (compose and
 * the k8s Job read the file instead of listing topics of their own; the production files had drifted to three
 * topics while the code needed five).
 */
class TopicDefinitionTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path TOPICS = ROOT.resolve("deploy/k8s/kafka-topics.conf");
    private static final Pattern CHANNEL = Pattern.compile(
            "^(?:%[\\w-]+\\.)?mp\\.messaging\\.(?:incoming|outgoing)\\.([\\w-]+)\\.(connector|topic|dead-letter-queue\\.topic)"
                    + "\\s*=\\s*(\\S+)\\s*$");

    @Test
    void theTopicsFileDefinesEachTopicOnceWithItsSettings() {
        List<String[]> lines = topicLines();
        assertThat(lines).allSatisfy(fields -> {
            assertThat(fields).as("name partitions cleanup.policy retention.ms").hasSize(4);
            assertThat(Integer.parseInt(fields[1])).as("partitions of %s", fields[0]).isPositive();
            assertThat(fields[2]).as("cleanup.policy of %s", fields[0]).isIn("delete", "compact");
            assertThat(Long.parseLong(fields[3])).as("retention.ms of %s", fields[0]).isGreaterThanOrEqualTo(-1);
        });
        assertThat(lines.stream().map(fields -> fields[0])).doesNotHaveDuplicates();
    }

    /**
     * Each service's channels as the service runs them: the shared libraries' configuration (outbox, service-support)
     * under the service's own, which sets, for one, the topic of the outbox's channel.
     */
    @Test
    void everyChannelOfEveryServiceHasItsTopic() {
        Set<String> defined = definedTopics();
        List<Path> files = configurationFiles();
        List<Path> shared = files.stream().filter(path -> path.getFileName().toString()
                .equals("microprofile-config.properties")).toList();
        Map<String, String> used = new TreeMap<>();
        files.stream().filter(path -> path.getFileName().toString().equals("application.properties")).forEach(
                service -> {
                    List<Path> layers = Stream.concat(shared.stream().filter(library -> dependsOn(service, library)),
                            Stream.of(service)).toList();
                    topicsIn(layers).forEach((channel, topic) -> used.put(
                            ROOT.relativize(service).getName(0) + " " + channel, topic));
                });
        assertThat(used).as("the channels found").isNotEmpty();
        assertThat(used).allSatisfy((channel, topic) -> assertThat(defined)
                .as("%s uses topic %s, which deploy/k8s/kafka-topics.conf does not define", channel, topic)
                .contains(topic));
    }

    @Test
    void everyEventTypeTravelsOnADefinedTopic() {
        assertThat(Stream.of(EventType.values()).map(EventType::topic).distinct()).allSatisfy(topic ->
                assertThat(definedTopics()).as("an event type's topic").contains(topic));
    }

    @Test
    void composeAndKubernetesReadTheFileInsteadOfListingTopics() throws IOException {
        for (String file : List.of("deploy/compose/compose.yaml", "deploy/k8s/kafka-topics-job.yaml",
                "deploy/k8s/kustomization.yaml")) {
            String text = Files.readString(ROOT.resolve(file));
            assertThat(text).as(file).contains("kafka-topics.conf");
            String code = text.lines().filter(line -> !line.strip().startsWith("#")).collect(Collectors.joining("\n"));
            assertThat(definedTopics()).as("topic names written out in %s", file)
                    .noneMatch(topic -> code.contains("--topic " + topic) || code.contains("create " + topic));
        }
    }

    private static List<String[]> topicLines() {
        try (Stream<String> lines = Files.lines(TOPICS)) {
            return lines.map(line -> line.replaceAll("#.*", "").strip()).filter(line -> !line.isEmpty())
                    .map(line -> line.split("\\s+")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> definedTopics() {
        return topicLines().stream().map(fields -> fields[0]).collect(Collectors.toSet());
    }

    private static List<Path> configurationFiles() {
        try (Stream<Path> files = Files.walk(ROOT, 6)) {
            return files.filter(path -> path.toString().replace('\\', '/').contains("/src/main/resources/"))
                    .filter(path -> path.getFileName().toString().equals("application.properties")
                            || path.getFileName().toString().equals("microprofile-config.properties"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the service's module depends on the library module the file belongs to (by its pom). */
    private static boolean dependsOn(Path service, Path library) {
        String module = ROOT.relativize(library).getName(0).toString();
        try {
            String pom = Files.readString(ROOT.resolve(ROOT.relativize(service).getName(0)).resolve("pom.xml"));
            return pom.contains("<artifactId>" + module + "</artifactId>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each Kafka channel's topic, later files overriding earlier: the one configured, or the channel's own name. */
    private static Map<String, String> topicsIn(List<Path> layers) {
        Set<String> kafkaChannels = new LinkedHashSet<>();
        Map<String, String> topics = new LinkedHashMap<>();
        Map<String, String> deadLetters = new LinkedHashMap<>();
        for (Path properties : layers) {
            try (Stream<String> lines = Files.lines(properties)) {
                lines.map(CHANNEL::matcher).filter(Matcher::matches).forEach(matcher -> {
                    String channel = matcher.group(1);
                    switch (matcher.group(2)) {
                        case "connector" -> {
                            if (matcher.group(3).equals("smallrye-kafka")) {
                                kafkaChannels.add(channel);
                            }
                        }
                        case "topic" -> topics.put(channel, matcher.group(3));
                        default -> deadLetters.put(channel + " (dead letters)", matcher.group(3));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, String> used = new LinkedHashMap<>(deadLetters);
        kafkaChannels.forEach(channel -> used.put(channel, topics.getOrDefault(channel, channel)));
        return used;
    }
}
