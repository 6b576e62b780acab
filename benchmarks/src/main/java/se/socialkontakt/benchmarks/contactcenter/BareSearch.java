package se.socialkontakt.benchmarks.contactcenter;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * The FAQ search's database baseline: the very statements the service runs for a public Swedish search, sent over
 * JDBC from a pool of connections as large as the service's (Agroal's default of 20), at the same rate with the
 * same queries. What the service adds to it (HTTP, validation, loading the articles found, JSON) is its own cost.
 *
 * <p>The query words and the tsqueries are made by the service's own code, {@code ArticleSearch.words} and
 * {@code ArticleSearch.tsQuery}, loaded from its packaged jar, with its limits on corrections: the baseline must
 * search exactly as the service does, and a copy of the stemming rules here would drift from them. The statements
 * are the two in {@code ArticleSearch.search}, the typed words' corrections and then the full-text search, with their
 * parameters for the public search (Swedish, not internal, any category).
 */
final class BareSearch implements AutoCloseable {
    private static final String CORRECTIONS = """
            SELECT typed.word, near.word
            FROM unnest(string_to_array(?, ' ')) AS typed (word)
            CROSS JOIN LATERAL (
                SELECT known.word FROM faq_word known
                WHERE known.language = 'sv' AND known.word % typed.word
                  AND similarity(known.word, typed.word) >= ?
                  AND (? OR known.public_articles > 0)
                  AND length(to_tsvector('swedish', typed.word)) > 0
                ORDER BY similarity(known.word, typed.word) DESC, known.word
                LIMIT ?) near""";
    private static final String SEARCH = """
            SELECT id, ts_rank(search_sv, corrected) AS rank
            FROM faq_article, to_tsquery('swedish', ?) typed, to_tsquery('swedish', ?) corrected
            WHERE status = 'PUBLISHED' AND (? OR audience = 'PUBLIC')
              AND (CAST(? AS VARCHAR) IS NULL OR category = ?)
              AND search_sv @@ corrected
            ORDER BY search_sv @@ typed DESC, rank DESC, updated_at DESC
            LIMIT ?""";
    private static final int LIMIT = 20;

    private final Method words;
    private final Method tsQuery;
    private final Method correctedTsQuery;
    private final double minSimilarity;
    private final int maxCorrections;
    private final BlockingQueue<Connection> pool;
    private final ExecutorService threads;

    BareSearch(Path serviceJar, String jdbcUrl, String user, String password, int connections)
            throws IOException, ReflectiveOperationException, SQLException {
        Class<?> search = Class.forName("se.socialkontakt.contact.faq.ArticleSearch", true,
                serviceClasses(serviceJar));
        words = search.getDeclaredMethod("words", String.class);
        tsQuery = search.getDeclaredMethod("tsQuery", List.class);
        correctedTsQuery = search.getDeclaredMethod("tsQuery", List.class, Map.class);
        words.setAccessible(true);
        tsQuery.setAccessible(true);
        correctedTsQuery.setAccessible(true);
        Field similarity = search.getDeclaredField("MIN_SIMILARITY");
        Field corrections = search.getDeclaredField("MAX_CORRECTIONS");
        similarity.setAccessible(true);
        corrections.setAccessible(true);
        minSimilarity = similarity.getDouble(null);
        maxCorrections = corrections.getInt(null);
        pool = new ArrayBlockingQueue<>(connections);
        for (int i = 0; i < connections; i++) {
            pool.add(DriverManager.getConnection(jdbcUrl, user, password));
        }
        threads = Executors.newFixedThreadPool(connections);
    }

    /** The service's application classes and the persistence API they link against, from quarkus-app/. */
    private static ClassLoader serviceClasses(Path runJar) throws IOException {
        Path app = runJar.toAbsolutePath().getParent();
        List<URL> jars = new ArrayList<>();
        for (Path dir : List.of(app.resolve("app"), app.resolve("lib/main"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path jar : files.filter(f -> f.getFileName().toString().matches(
                        "contact-center-service-.*\\.jar|jakarta\\.persistence\\.jakarta\\.persistence-api-.*\\.jar"))
                        .toList()) {
                    jars.add(jar.toUri().toURL());
                }
            }
        }
        return new URLClassLoader(jars.toArray(URL[]::new), BareSearch.class.getClassLoader());
    }

    /** Runs the search on a pooled connection; completes with 200 when it ran, as an HTTP answer would. */
    CompletionStage<Integer> search(String text) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                Connection connection = pool.take();
                try {
                    run(connection, text);
                    return 200;
                } finally {
                    pool.add(connection);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (SQLException | ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }, threads);
    }

    private void run(Connection connection, String text) throws SQLException, ReflectiveOperationException {
        List<?> found = (List<?>) invoke(words, text);
        if (found.isEmpty()) {
            return;
        }
        Map<String, List<String>> corrections = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(CORRECTIONS)) {
            statement.setString(1, String.join(" ", found.stream().map(String::valueOf).toList()));
            statement.setDouble(2, minSimilarity);
            statement.setBoolean(3, false);
            statement.setInt(4, maxCorrections);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    corrections.computeIfAbsent(rows.getString(1), word -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(SEARCH)) {
            statement.setString(1, (String) invoke(tsQuery, found));
            statement.setString(2, (String) invoke(correctedTsQuery, found, corrections));
            statement.setBoolean(3, false);
            statement.setString(4, null);
            statement.setString(5, null);
            statement.setInt(6, LIMIT);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
        }
    }

    private static Object invoke(Method method, Object... arguments) throws ReflectiveOperationException {
        try {
            return method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        threads.shutdownNow();
        for (Connection connection : pool) {
            connection.close();
        }
    }
}
