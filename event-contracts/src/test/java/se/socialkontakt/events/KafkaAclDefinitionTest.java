package se.socialkontakt.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka's ACLs are defined once, in deploy/k8s/kafka-acls.conf, and agree with the services: each service may read
 * the topic of every channel it consumes and write the topic of every channel it produces; every event topic has one
 * writer; only contact-center-service writes crisis-messages, which every resident page shows.
 */
class KafkaAclDefinitionTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path ACLS = ROOT.resolve("deploy/k8s/kafka-acls.conf");
    private static final List<String> SERVICES = List.of("chat-service", "eservice-housing", "contact-center-service",
            "analytics-service");
    private static final Pattern CHANNEL_TOPIC = Pattern.compile(
            "^(?:%[\\w,-]+\\.)?mp\\.messaging\\.(incoming|outgoing)\\.[\\w-]+\\.topic\\s*=\\s*(\\S+)\\s*$");

    record Acl(String principal, String operation, String resource, String pattern, String name) {
        boolean covers(String operation, String resource, String name) {
            return this.operation.equals(operation) && this.resource.equals(resource)
                    && (pattern.equals("literal") ? this.name.equals(name) : name.startsWith(this.name));
        }
    }

    @Test
    void everyLineNamesAServiceAnOperationAndAResource() {
        assertThat(acls()).isNotEmpty().allSatisfy(acl -> {
            assertThat(acl.principal()).isIn(SERVICES);
            assertThat(acl.operation()).isIn("READ", "WRITE");
            assertThat(acl.resource()).isIn("topic", "group");
            assertThat(acl.pattern()).isIn("literal", "prefixed");
        });
    }

    @Test
    void eachServiceMayUseTheTopicsOfItsChannelsAndItsOwnConsumerGroups() {
        for (String service : SERVICES) {
            List<String[]> channels = channelTopics(ROOT.resolve(service + "/src/main/resources/application.properties"));
            assertThat(channels).as("%s's channels", service).isNotEmpty();
            for (String[] channel : channels) {
                String operation = channel[0].equals("incoming") ? "READ" : "WRITE";
                assertThat(allowed(service, operation, "topic", channel[1])).as("%s %s %s", service, operation,
                        channel[1]).isTrue();
            }
            // Every service reads the crisis banner (service-support's channel) in consumer groups named after it.
            assertThat(allowed(service, "READ", "topic", "crisis-messages")).as(service).isTrue();
            assertThat(allowed(service, "READ", "group", service + "-banner-1")).as(service).isTrue();
        }
    }

    @Test
    void analyticsMayReadTheBenchmarksTopicsOfEveryTopicItConsumes() {
        // benchmarks/analytics.sh runs the service on the same broker with topics of its own ("<topic>-bench").
        for (String[] channel : channelTopics(ROOT.resolve("analytics-service/src/main/resources/application.properties"))) {
            if (channel[0].equals("incoming")) {
                assertThat(allowed("analytics-service", "READ", "topic", channel[1] + "-bench")).as(channel[1]).isTrue();
            }
        }
    }

    @Test
    void eachEventTopicHasOneWriterAndOnlyTheContactCenterWritesCrisisMessages() {
        Stream.of(EventType.values()).map(EventType::topic).distinct().forEach(topic -> assertThat(
                SERVICES.stream().filter(service -> allowed(service, "WRITE", "topic", topic)))
                .as("who may write %s", topic).hasSize(1));
        assertThat(SERVICES.stream().filter(service -> allowed(service, "WRITE", "topic", "crisis-messages")))
                .containsExactly("contact-center-service");
    }

    private static boolean allowed(String principal, String operation, String resource, String name) {
        return acls().stream().anyMatch(acl -> acl.principal().equals(principal) && acl.covers(operation, resource,
                name));
    }

    private static List<Acl> acls() {
        try (Stream<String> lines = Files.lines(ACLS)) {
            return lines.map(line -> line.replaceAll("#.*", "").strip()).filter(line -> !line.isEmpty())
                    .map(line -> line.split("\\s+")).map(f -> new Acl(f[0], f[1], f[2], f[3], f[4])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> channelTopics(Path properties) {
        try (Stream<String> lines = Files.lines(properties)) {
            return lines.map(CHANNEL_TOPIC::matcher).filter(Matcher::matches)
                    .map(m -> new String[] { m.group(1), m.group(2) }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
