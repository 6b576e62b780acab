package se.socialkontakt.benchmarks.contactcenter;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * contact-center-service under load (issue #5): the public FAQ search over 10,000 published articles, queried as
 * people type at a fixed rate (target: p99 under 30 ms), and agents registering cases at rising rates (sustained
 * cases per second). Run on demand with {@code benchmarks/contact-center.sh}; never part of the test run.
 *
 * <p>Two baselines, measured in the same run with the same queries and rates. For search, the bare PostgreSQL
 * statement the service runs, over JDBC ({@link BareSearch}): full-text search over 10,000 articles is mostly the
 * database's work, and this shows how much of the latency is the query and how much the service adds. For both,
 * a raw Vert.x server answering with a fixed body the size of the service's answers ({@code FixedResponseServer}):
 * what HTTP, the loopback and this client cost on the machine.
 */
public final class ContactCenterBenchmark {
    static final String CONTACT = "contact-center-service";
    static final String BARE_SQL = "PostgreSQL query over JDBC (baseline)";
    static final String RAW = "raw Vert.x (baseline)";
    private static final double TARGET_SEARCH_P99_MS = 30;
    /** A step counts as sustained when this share of its cases was accepted, none failed. */
    private static final double SUSTAINED = 0.98;
    private static final String SERVICE_SETTINGS = "The service runs with a database of its own, emptied at start,"
            + " and publishes its events to contact-events" + ServerUnderTest.TOPIC_SUFFIX + ".";

    private static final String USAGE = """
            usage: ContactCenterBenchmark [--name value]...
              --servers contact,sql,raw  what to measure: contact (the service), sql (bare search query), raw (HTTP)
              --articles 10000           published FAQ articles (set up through the API, not measured)
              --seed 20250501            seed of the articles, queries and cases
              --search-rates 200         FAQ searches per second, one step each
              --search-duration 30       seconds per search step
              --case-rates 50,100,200,400  case registrations per second, one step each
              --duration 20              seconds per case step
              --warmup 10                seconds at the first rate of each part before measuring (not counted)
              --drain 10                 seconds answers are awaited after a step; later ones count as failed
              --sql-connections 20       connections of the bare-query baseline (the service's pool maximum)
              --server-heap 1g           -Xmx of the service and of the raw baseline alike
              --contact-jar contact-center-service/target/quarkus-app/quarkus-run.jar
              --port 18391  --raw-port 18392
              --db jdbc:postgresql://localhost:5432/sk_contactcenter_bench   (emptied at every start)
              --db-user sk_contactcenter  --db-password sk_contactcenter
              --keycloak http://localhost:8180/realms/socialkontakt
              --contact-opts "-Dkey=value ..."   more system properties for contact-center-service
              --results benchmarks/target/contact-center-results.md  --logs benchmarks/target/logs""";

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("servers", "contact,sql,raw"), Map.entry("articles", "10000"), Map.entry("seed", "20250501"),
            Map.entry("search-rates", "200"), Map.entry("search-duration", "30"),
            Map.entry("case-rates", "50,100,200,400"), Map.entry("duration", "20"), Map.entry("warmup", "10"),
            Map.entry("drain", "10"), Map.entry("sql-connections", "20"), Map.entry("server-heap", "1g"),
            Map.entry("contact-jar", "contact-center-service/target/quarkus-app/quarkus-run.jar"),
            Map.entry("port", "18391"), Map.entry("raw-port", "18392"),
            Map.entry("db", "jdbc:postgresql://localhost:5432/sk_contactcenter_bench"),
            Map.entry("db-user", "sk_contactcenter"), Map.entry("db-password", "sk_contactcenter"),
            Map.entry("keycloak", "http://localhost:8180/realms/socialkontakt"), Map.entry("contact-opts", ""),
            Map.entry("results", "benchmarks/target/contact-center-results.md"),
            Map.entry("logs", "benchmarks/target/logs"));

    private final CommandLine options;
    private final Vertx vertx;
    private final RateSteps.Plan searchPlan;
    private final RateSteps.Plan casePlan;
    private final Tokens agent;
    private final List<String> queries;
    private final List<String> cases;
    private final AnswerSize searchAnswers = new AnswerSize(3000);
    private final AnswerSize caseAnswers = new AnswerSize(1000);
    private final LatencyTable searchTable = new LatencyTable("contact-center-service: FAQ search as people type");
    private final LatencyTable caseTable = new LatencyTable(
            "contact-center-service: case registration by agents, open loop at rising rates");

    private ContactCenterBenchmark(CommandLine options, Vertx vertx) {
        this.options = options;
        this.vertx = vertx;
        this.searchPlan = new RateSteps.Plan(options.seconds("warmup"), options.seconds("search-duration"),
                options.seconds("drain"), 200);
        this.casePlan = new RateSteps.Plan(options.seconds("warmup"), options.seconds("duration"),
                options.seconds("drain"), 201);
        this.agent = new Tokens(URI.create(options.loopbackUrl("keycloak")), "agent");
        long seed = Long.parseLong(options.text("seed"));
        // Requests repeat these lists (index modulo size): every server of the run gets the same requests.
        this.queries = TypedQueries.generate(seed, 20_000);
        this.cases = CaseRegistrations.bodies(seed + 1, 20_000);
    }

    public static void main(String[] args) throws Exception {
        CommandLine options = CommandLine.parseOrExit(args, USAGE, DEFAULTS);
        Vertx vertx = Vertx.vertx();
        boolean failed = false;
        ContactCenterBenchmark benchmark = new ContactCenterBenchmark(options, vertx);
        try {
            List<String> servers = options.list("servers");
            boolean withData = servers.contains("contact") && benchmark.contact();
            failed = servers.contains("contact") && !withData;
            if (servers.contains("sql")) {
                benchmark.bareSql(withData);
            }
            if (servers.contains("raw")) {
                benchmark.raw();
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
        LatencyTable.publish(options.path("results"), benchmark.report());
        System.exit(failed ? 1 : 0);
    }

    /** Measures the service; false when it failed to start or to set up. */
    private boolean contact() throws Exception {
        List<String> settings = new ArrayList<>(List.of(
                // The service also reads housing's events; the run reads only new ones, under a group of its own.
                "-Dmp.messaging.incoming.housing-events.group.id=contact-center-service-bench",
                "-Dmp.messaging.incoming.housing-events.auto.offset.reset=latest"));
        settings.addAll(options.words("contact-opts"));
        Machine.log("%s: starting", CONTACT);
        try (ServerProcess server = ServerUnderTest.service(CONTACT, options, "contact-jar", settings, "contact-center.log");
             HttpCalls http = new HttpCalls(vertx, options.integer("port"), options.seconds("drain"))) {
            long rssAtStart = server.rssKb();
            long setUpStart = System.nanoTime();
            Tokens communicator = new Tokens(URI.create(options.loopbackUrl("keycloak")), "communicator");
            KnowledgeBase.fill(http, communicator, options.integer("articles"), Long.parseLong(options.text("seed")));
            double setUpSeconds = (System.nanoTime() - setUpStart) / 1e9;
            Machine.log("%s: %d articles published after %.1f s", CONTACT, options.integer("articles"), setUpSeconds);
            searchTable.add(RateSteps.run(CONTACT, server::rssKb, options.integers("search-rates"), searchPlan,
                    length -> searches(http, searchAnswers)));
            AtomicLong accepted = new AtomicLong();
            caseTable.add(RateSteps.run(CONTACT, server::rssKb, options.integers("case-rates"), casePlan,
                    length -> registrations(http, agent.validFor(length.plus(casePlan.drain()).plusSeconds(10)),
                            accepted)));
            searchTable.note("%s: RSS %d MB at start; set-up %.1f s (not measured): %d articles written and published"
                    + " through the communicators' API", CONTACT, rssAtStart / 1024, setUpSeconds,
                    options.integer("articles"));
            caseTable.note("%s", database().lossCheck(CONTACT + " cases", accepted.get(), CaseRegistrations.STORED));
            return true;
        } catch (RuntimeException e) {
            Machine.log("%s FAILED: %s", CONTACT, e.getMessage());
            e.printStackTrace();
            searchTable.note("%s failed: %s", CONTACT, e.getMessage());
            return false;
        }
    }

    /** The bare statement against the service's database, left filled after the service stopped. */
    private void bareSql(boolean withData) throws Exception {
        if (!withData) {
            searchTable.note("%s not measured: it searches the articles the contact-center run publishes", BARE_SQL);
            return;
        }
        Machine.log("%s: %d connections", BARE_SQL, options.integer("sql-connections"));
        ServiceDatabase db = database();
        try (BareSearch bare = new BareSearch(options.path("contact-jar"), db.url(), db.user(), db.password(),
                options.integer("sql-connections"))) {
            searchTable.add(RateSteps.run(BARE_SQL, () -> -1, options.integers("search-rates"), searchPlan,
                    length -> i -> bare.search(queries.get(i % queries.size()))));
        }
    }

    private void raw() throws Exception {
        Machine.log("%s: starting for search, %d-byte answers", RAW, searchAnswers.mean());
        try (ServerProcess server = ServerUnderTest.fixedResponse(options.integer("raw-port"), searchAnswers.mean(),
                200, options.text("server-heap"), options.path("logs").resolve("contact-center-raw-search.log"));
             HttpCalls http = new HttpCalls(vertx, options.integer("raw-port"), options.seconds("drain"))) {
            searchTable.add(RateSteps.run(RAW, server::rssKb, options.integers("search-rates"), searchPlan,
                    length -> searches(http, new AnswerSize(0))));
        }
        Machine.log("%s: starting for cases, %d-byte answers", RAW, caseAnswers.mean());
        try (ServerProcess server = ServerUnderTest.fixedResponse(options.integer("raw-port"), caseAnswers.mean(),
                201, options.text("server-heap"), options.path("logs").resolve("contact-center-raw-cases.log"));
             HttpCalls http = new HttpCalls(vertx, options.integer("raw-port"), options.seconds("drain"))) {
            caseTable.add(RateSteps.run(RAW, server::rssKb, options.integers("case-rates"), casePlan,
                    length -> registrations(http, agent.validFor(length.plus(casePlan.drain()).plusSeconds(10)),
                            new AtomicLong())));
        }
    }

    private OpenLoop.Call searches(HttpCalls http, AnswerSize sizes) {
        return i -> http.send(HttpMethod.GET, "/api/faq?q="
                        + URLEncoder.encode(queries.get(i % queries.size()), StandardCharsets.UTF_8), null, null)
                .map(answer -> {
                    if (answer.status() == 200) {
                        sizes.add(answer.body());
                    }
                    return answer.status();
                }).toCompletionStage();
    }

    private OpenLoop.Call registrations(HttpCalls http, String bearer, AtomicLong accepted) {
        return i -> http.send(HttpMethod.POST, "/api/cases", bearer, cases.get(i % cases.size()))
                .map(answer -> {
                    if (answer.status() == 201) {
                        accepted.incrementAndGet();
                        caseAnswers.add(answer.body());
                    }
                    return answer.status();
                }).toCompletionStage();
    }

    private ServiceDatabase database() {
        return new ServiceDatabase(options.loopbackUrl("db"), options.text("db-user"), options.text("db-password"));
    }

    private String report() {
        searchTable.note("%s", new Target(CONTACT, options.integers("search-rates").get(0), TARGET_SEARCH_P99_MS,
                "searches").verdict(searchTable.rows()));
        searchTable.note("%s Queries: %d typed as on the FAQ page (prefixes where the typist paused, then whole"
                        + " phrases), seed %s; public Swedish search, 20 hits at most. %s", describe(searchPlan),
                queries.size(), options.text("seed"), SERVICE_SETTINGS);
        caseTable.note("%s", sustained());
        caseTable.note("%s Cases: POST /api/cases as the demo agent, %d drawn from seed %s+1. %s",
                describe(casePlan), cases.size(), options.text("seed"), SERVICE_SETTINGS);
        return "## contact-center-service\n\n" + searchTable.markdown() + "\n" + caseTable.markdown();
    }

    private String describe(RateSteps.Plan plan) {
        return RateSteps.describe(plan.warmup(), plan.step(), plan.drain(), options.text("server-heap"));
    }

    /** The highest rate at which the service accepted (nearly) every case: its sustained registrations a second. */
    private String sustained() {
        return caseTable.rows().stream()
                .filter(row -> row.server().equals(CONTACT) && row.m().failed() == 0
                        && row.m().ok() >= SUSTAINED * row.m().scheduled())
                .max(Comparator.comparingDouble(row -> row.m().rate()))
                .map(row -> String.format(Locale.ROOT, "sustained case registration: %.0f cases/s (the highest rate"
                                + " at which every case was accepted; p99 %s ms there)", row.m().okPerSecond(),
                        LatencyTable.ms(row.m().latency(), 99)))
                .orElse("sustained case registration: not measured, or no step had every case accepted");
    }
}
