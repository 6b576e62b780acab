package se.socialkontakt.systemtest.chaos;

import se.socialkontakt.events.EventType;
import se.socialkontakt.systemtest.Suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

/**
 * The fault harness of issue #13: starts the suite as deploy/run.sh --ha does, drives a mixed load through the
 * balancer while it kills services, brokers and the database, lets the suite settle, and holds its own ledger
 * against the owners' databases, the topics, analytics and the dashboard. FaultHarnessIT runs it short in mvn verify;
 * deploy/chaos.sh runs this main long.
 */
public final class ChaosRun {
    private static final Path ROOT = Path.of(System.getProperty("socialkontakt.root", "..")).toAbsolutePath()
            .normalize();
    /** Faults go on under load: when they take longer than planned, the load goes on in steps this long. */
    private static final Duration MORE_LOAD = Duration.ofSeconds(10);

    private ChaosRun() {
    }

    public static void main(String[] arguments) throws Exception {
        ChaosSettings settings = ChaosSettings.fromArguments(arguments);
        Verdict verdict = run(settings);
        System.exit(verdict.passed() ? 0 : 1);
    }

    /** Runs the harness and prints its table (also to system-tests/target/chaos-results.md). */
    public static Verdict run(ChaosSettings settings) throws Exception {
        Random random = new Random();
        try (Topology topology = Topology.start(ROOT)) {
            Suite.openTheChatAllDay(Api.CHAT);
            Settling.await(topology);
            Dashboard dashboard = new Dashboard();
            Map<EventType, Long> dashboardBefore = dashboard.counts();
            Map<Ledger.Subject, Integer> votesBefore = EventTally.inAnalytics(EventType.FAQ_ARTICLE_VOTED);
            Instant loadStarted = Instant.now().minusSeconds(1);

            Ledger ledger = new Ledger();
            Tokens tokens = new Tokens();
            Load load = new Load(new Api(ledger, tokens), ledger, tokens, settings.journeysPerSecond(), random);
            FaultSchedule schedule = new FaultSchedule(new Killer(topology, random), settings, random);
            try (CounsellorOnDuty onDuty = new CounsellorOnDuty(tokens)) {
                Thread faults = Thread.ofPlatform().name("fault-schedule").start(schedule);
                load.drive(settings.load());
                while (faults.isAlive()) {
                    load.drive(MORE_LOAD);
                }
            }
            schedule.rethrowFailure();

            Settling.awaitStoredSince(topology, loadStarted);
            Checks checks = new Checks(ledger, schedule.windows());
            Settling.uncommittedOffsets(topology).ifPresent(checks::report);
            FailedJobRuns.since(topology.root().resolve(".run/logs"), loadStarted).forEach(checks::report);
            Verdict verdict = checks.verdict(loadStarted,
                    EventTally.onTopicsSince(loadStarted, topology.kafkaAdmin()), votesBefore, dashboardBefore,
                    dashboard.counts(), load.journeysStarted());
            String table = ResultTable.render(settings, verdict);
            System.out.println(table);
            Files.writeString(ROOT.resolve("system-tests/target/chaos-results.md"), table);
            return verdict;
        }
    }
}
