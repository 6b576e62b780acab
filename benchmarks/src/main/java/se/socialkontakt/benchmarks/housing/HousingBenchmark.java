package se.socialkontakt.benchmarks.housing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import se.socialkontakt.benchmarks.ServerProcess;
import se.socialkontakt.benchmarks.http.AnswerSize;
import se.socialkontakt.benchmarks.http.CommandLine;
import se.socialkontakt.benchmarks.http.HttpCalls;
import se.socialkontakt.benchmarks.http.LatencyTable;
import se.socialkontakt.benchmarks.http.Machine;
import se.socialkontakt.benchmarks.http.OpenLoop;
import se.socialkontakt.benchmarks.http.RateSteps;
import se.socialkontakt.benchmarks.http.ServerUnderTest;
import se.socialkontakt.benchmarks.http.ServiceDatabase;
import se.socialkontakt.benchmarks.http.Target;
import se.socialkontakt.benchmarks.http.Tokens;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How fast eservice-housing accepts submitted applications (issue #4: p99 under 50 ms at 200 submissions a second):
 * {@code POST /api/applications/{id}/submission} of complete drafts by the demo resident, open loop at rising rates.
 * Run on demand with {@code benchmarks/housing.sh}; never part of the test run.
 *
 * <p>Baseline, measured in the same run with the same client, requests (path, bearer token) and rates: a raw Vert.x
 * server answering each with a fixed JSON body the size of the service's answer ({@code FixedResponseServer}). It
 * costs what HTTP, the loopback and this client cost; everything the service needs beyond it (token check,
 * validation of the whole form, the row lock, reference number, status history, outbox event, commit, the answer's
 * view) is the service's own. A bare SQL baseline would show little more: a submission is a handful of small
 * statements in one transaction, whose cost is mostly the commit that the service cannot do without.
 */
public final class HousingBenchmark {
    static final String HOUSING = "eservice-housing";
    static final String RAW = "raw Vert.x (baseline)";
    private static final Target TARGET = new Target(HOUSING, 200, 50, "submissions");

    private static final String USAGE = """
            usage: HousingBenchmark [--name value]...
              --servers housing,raw      what to measure: housing (eservice-housing), raw (the baseline)
              --rates 50,100,200,300,400  submissions per second, one step each
              --warmup 10                seconds at the first rate before measuring (not counted)
              --duration 20              seconds per step
              --drain 10                 seconds answers are awaited after a step; later ones count as failed
              --server-heap 1g           -Xmx of eservice-housing and of the baseline alike
              --housing-jar eservice-housing/target/quarkus-app/quarkus-run.jar
              --port 18291  --raw-port 18292
              --db jdbc:postgresql://localhost:5432/sk_housing_bench   (emptied at every start)
              --db-user sk_housing  --db-password sk_housing
              --keycloak http://localhost:8180/realms/socialkontakt  --user resident
              --housing-opts "-Dkey=value ..."   more system properties for eservice-housing
              --results benchmarks/target/housing-results.md  --logs benchmarks/target/logs""";

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("servers", "housing,raw"), Map.entry("rates", "50,100,200,300,400"),
            Map.entry("warmup", "10"), Map.entry("duration", "20"), Map.entry("drain", "10"),
            Map.entry("server-heap", "1g"),
            Map.entry("housing-jar", "eservice-housing/target/quarkus-app/quarkus-run.jar"),
            Map.entry("port", "18291"), Map.entry("raw-port", "18292"),
            Map.entry("db", "jdbc:postgresql://localhost:5432/sk_housing_bench"),
            Map.entry("db-user", "sk_housing"), Map.entry("db-password", "sk_housing"),
            Map.entry("keycloak", "http://localhost:8180/realms/socialkontakt"), Map.entry("user", "resident"),
            Map.entry("housing-opts", ""), Map.entry("results", "benchmarks/target/housing-results.md"),
            Map.entry("logs", "benchmarks/target/logs"));

    private final CommandLine options;
    private final Vertx vertx;
    private final RateSteps.Plan plan;
    private final Tokens tokens;
    /** The size of the service's answers, for the baseline's; a typical one if the service was not measured. */
    private final AnswerSize answerSize = new AnswerSize(2500);

    private HousingBenchmark(CommandLine options, Vertx vertx) {
        this.options = options;
        this.vertx = vertx;
        this.plan = new RateSteps.Plan(options.seconds("warmup"), options.seconds("duration"),
                options.seconds("drain"), 200);
        this.tokens = new Tokens(URI.create(options.loopbackUrl("keycloak")), options.text("user"));
    }

    public static void main(String[] args) throws Exception {
        CommandLine options = CommandLine.parseOrExit(args, USAGE, DEFAULTS);
        Vertx vertx = Vertx.vertx();
        LatencyTable table = new LatencyTable("eservice-housing: application submissions, open loop at rising rates");
        boolean failed = false;
        try {
            HousingBenchmark benchmark = new HousingBenchmark(options, vertx);
            List<String> servers = options.list("servers");
            if (servers.contains("housing")) {
                failed |= !benchmark.housing(table);
            }
            if (servers.contains("raw")) {
                table.add(benchmark.raw());
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
        table.note("%s", settings(options));
        LatencyTable.publish(options.path("results"), table.markdown());
        System.exit(failed ? 1 : 0);
    }

    /** Measures the service; false when it failed to start or to set up. */
    private boolean housing(LatencyTable table) throws Exception {
        ServiceDatabase database = new ServiceDatabase(options.loopbackUrl("db"), options.text("db-user"),
                options.text("db-password"));
        Drafts drafts = new Drafts(database);
        List<String> settings = new ArrayList<>(options.words("housing-opts"));
        // Never near the suite's case system: deliveries fail at once and are retried later, as in an outage.
        settings.add("-Dquarkus.rest-client.case-system.url=http://127.0.0.1:" + options.integer("raw-port") + "/none");
        Machine.log("%s: starting", HOUSING);
        try (ServerProcess server = ServerUnderTest.service(HOUSING, options, "housing-jar", settings, "housing.log");
             HttpCalls http = new HttpCalls(vertx, options.integer("port"), options.seconds("drain"))) {
            long rssAtStart = server.rssKb();
            long setUpStart = System.nanoTime();
            int needed = draftsNeeded();
            Iterator<UUID> ready = drafts.prepare(http, tokens.validFor(Duration.ofSeconds(60)), needed).iterator();
            double setUpSeconds = (System.nanoTime() - setUpStart) / 1e9;
            Machine.log("%s: %d drafts ready after %.1f s", HOUSING, needed, setUpSeconds);
            AtomicLong accepted = new AtomicLong();
            List<LatencyTable.Row> rows = RateSteps.run(HOUSING, server::rssKb, options.integers("rates"), plan,
                    length -> submissions(http, ready, length, accepted));
            table.add(rows);
            table.note("%s: RSS %d MB at start; set-up %.1f s (not measured): one draft through the API, %d copies"
                    + " in SQL", HOUSING, rssAtStart / 1024, setUpSeconds, needed);
            table.note("%s", database.lossCheck(HOUSING + " submissions", accepted.get(), Drafts.STORED));
            table.note("%s", TARGET.verdict(rows));
            return true;
        } catch (RuntimeException e) {
            Machine.log("%s FAILED: %s", HOUSING, e.getMessage());
            e.printStackTrace();
            table.note("%s failed: %s", HOUSING, e.getMessage());
            return false;
        }
    }

    private OpenLoop.Call submissions(HttpCalls http, Iterator<UUID> drafts, Duration length, AtomicLong accepted)
            throws Exception {
        String bearer = tokens.validFor(length.plus(plan.drain()).plusSeconds(10));
        return i -> http.send(HttpMethod.POST, "/api/applications/" + drafts.next() + "/submission", bearer, null)
                .map(answer -> {
                    if (answer.status() == 200) {
                        accepted.incrementAndGet();
                        answerSize.add(answer.body());
                    }
                    return answer.status();
                }).toCompletionStage();
    }

    private List<LatencyTable.Row> raw() throws Exception {
        Machine.log("%s: starting, %d-byte answers", RAW, answerSize.mean());
        try (ServerProcess server = ServerUnderTest.fixedResponse(options.integer("raw-port"), answerSize.mean(), 200,
                options.text("server-heap"), options.path("logs").resolve("housing-raw.log"));
             HttpCalls http = new HttpCalls(vertx, options.integer("raw-port"), options.seconds("drain"))) {
            return RateSteps.run(RAW, server::rssKb, options.integers("rates"), plan, length -> {
                String bearer = tokens.validFor(length.plus(plan.drain()).plusSeconds(10));
                return i -> http.send(HttpMethod.POST, "/api/applications/" + UUID.randomUUID() + "/submission",
                        bearer, null).map(HttpCalls.Answer::status).toCompletionStage();
            });
        }
    }

    /** As many drafts as the warm-up and the steps will submit, the same count {@link OpenLoop} schedules. */
    private int draftsNeeded() {
        List<Integer> rates = options.integers("rates");
        long total = Math.round(rates.get(0) * (double) plan.warmup().toSeconds());
        for (int rate : rates) {
            total += Math.round(rate * (double) plan.step().toSeconds());
        }
        return Math.toIntExact(total);
    }

    private static String settings(CommandLine o) {
        return RateSteps.describe(o.seconds("warmup"), o.seconds("duration"), o.seconds("drain"),
                o.text("server-heap")) + " eservice-housing with a database of its own, emptied at start, publishing its"
                + " events to housing-events" + ServerUnderTest.TOPIC_SUFFIX + ".";
    }
}
