package se.socialkontakt.benchmarks;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clients of a chat-service run, speaking docs/chat-protocol.md: per conversation a counsellor console
 * ({@code /ws/console}, one Keycloak token shared by all) and a young person ({@code /ws/chat/{id}}). The young
 * person sends; the console that was assigned the conversation receives, and its {@code message} frames are the
 * deliveries measured.
 */
final class ChatClients {
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    /** How often (every 100 ms) a conversation request is retried while chat-service sees no counsellor yet. */
    private static final int NO_COUNSELLOR_RETRIES = 50;
    /** Well inside the demo realm's token lifespan of 300 s. */
    private static final Duration DOORKEEPER_RENEWAL = Duration.ofSeconds(120);

    private record Token(String value, Instant expiresAt) {
    }

    private record Answer(int status, String body) {
        JsonObject json(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + " answered " + status + " (expected " + expected + "): " + body);
            }
            return body.isEmpty() ? new JsonObject() : new JsonObject(body);
        }
    }

    private final Vertx vertx;
    private final WebSocketClient sockets;
    private final HttpClient http;
    private final int port;
    private final String realmUrl;
    private final LoadDriver driver;
    private final Map<String, Conversation> byId = new ConcurrentHashMap<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger assigned = new AtomicInteger();
    private volatile Token consoleToken;

    ChatClients(Vertx vertx, WebSocketClient sockets, HttpClient http, int port, String realmUrl, LoadDriver driver) {
        this.vertx = vertx;
        this.sockets = sockets;
        this.http = http;
        this.port = port;
        this.realmUrl = realmUrl;
        this.driver = driver;
    }

    /** An access token of a demo user (password grant of the scripts' client, as the tests use). */
    private Future<Token> token(String user) {
        String form = "grant_type=password&client_id=socialkontakt-cli&password=demo&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        return request(HttpMethod.POST, realmUrl + "/protocol/openid-connect/token", FORM, form, null)
                .map(answer -> answer.json(200, "Keycloak token for " + user))
                .map(json -> new Token(json.getString("access_token"),
                        Instant.now().plusSeconds(json.getLong("expires_in"))));
    }

    /** The admin opens the chat round the clock today and tomorrow (the chat's zone), so a run works at any hour. */
    Future<Void> openAllDay() {
        JsonObject allDay = new JsonObject().put("opens", "00:00").put("closes", "00:00").put("reason", "benchmark");
        return token("admin").compose(admin -> request(HttpMethod.GET, chatUrl("/api/hours"), null, null, null)
                .compose(schedule -> {
                    LocalDate today = LocalDate.now(ZoneId.of(schedule.json(200, "GET /api/hours").getString("zone")));
                    List<Future<JsonObject>> puts = new ArrayList<>();
                    for (LocalDate day : List.of(today, today.plusDays(1))) {
                        String path = "/api/hours/exceptions/" + day;
                        puts.add(request(HttpMethod.PUT, chatUrl(path), JSON, allDay.encode(), admin.value())
                                .map(answer -> answer.json(200, "PUT " + path)));
                    }
                    return Future.all(puts).mapEmpty();
                }));
    }

    /**
     * Sets up n conversations, each accepted by a console of its own, and completes when every young person has
     * been told {@code started}, i.e. when messages can flow. Not measured. In two steps, because chat-service
     * closes a console when its access token expires (300 s in the demo realm) and set-up of thousands of
     * conversations takes a good part of that: first the young people queue up, while a doorkeeper console keeps
     * the counsellor available (chat-service refuses requests while nobody is); then, with a fresh token, one console
     * per conversation connects and accepts. That token has to outlive only the second step and the measurement.
     */
    Future<List<Conversation>> connect(int n, int lanes) {
        List<Future<JsonObject>> started = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<ChatSocket> doorkeeper = new AtomicReference<>();
        // A long first step would outlive the doorkeeper's token: a fresh one takes over before it expires.
        long renewal = vertx.setPeriodic(DOORKEEPER_RENEWAL.toMillis(), id -> openDoorkeeper(doorkeeper));
        return openDoorkeeper(doorkeeper)
                .compose(open -> {
                    // Availability is kept per user, and every console here is the one demo counsellor.
                    doorkeeper.get().send(new JsonObject().put("type", "availability").put("available", true));
                    return Async.inLanes(vertx, n, lanes, i -> queueYoungPerson(started));
                })
                .onComplete(allQueued -> vertx.cancelTimer(renewal))
                .compose(allQueued -> token("counsellor"))
                .compose(fresh -> {
                    consoleToken = fresh;
                    return Async.inLanes(vertx, n, lanes, i -> acceptOne(fresh));
                })
                .compose(allAccepted -> {
                    doorkeeper.get().closeOnPurpose();
                    return Future.all(new ArrayList<>(started));
                })
                .map(allStarted -> List.copyOf(byId.values()));
    }

    /** The new doorkeeper is connected before the old one leaves: the counsellor never goes offline meanwhile. */
    private Future<JsonObject> openDoorkeeper(AtomicReference<ChatSocket> doorkeeper) {
        ChatSocket console = new ChatSocket(true);
        return token("counsellor").compose(token -> openConsole(console, token))
                .onSuccess(welcome -> {
                    ChatSocket old = doorkeeper.getAndSet(console);
                    if (old != null) {
                        old.closeOnPurpose();
                    }
                });
    }

    /** Set-up steps done so far (two per conversation), for progress reports. */
    int stepsDone() {
        return queued.get() + assigned.get();
    }

    /** Time left on the consoles' token: it must outlive the measurement. */
    Duration consoleTokenLeft() {
        return Duration.between(Instant.now(), consoleToken.expiresAt());
    }

    /** Requests a conversation and connects the young person, who then waits in the queue for {@code started}. */
    private Future<Void> queueYoungPerson(List<Future<JsonObject>> started) {
        return requestConversation(0).compose(created -> {
            Conversation conversation = conversation(created.getString("id"));
            ChatSocket youth = new ChatSocket(false);
            Future<JsonObject> welcome = youth.next("welcome");
            started.add(youth.next("started"));
            return youth.connect("/ws/chat/" + conversation.id, null)
                    .onSuccess(conversation::attachSender)
                    .compose(connected -> {
                        youth.send(new JsonObject().put("type", "hello").put("token", created.getString("token"))
                                .put("lastSeq", 0));
                        return welcome;
                    })
                    .map(welcomed -> {
                        queued.incrementAndGet();
                        return null;
                    });
        });
    }

    /** A console takes the first conversation of the queue; which one it got only matters through its frames. */
    private Future<Void> acceptOne(Token token) {
        ChatSocket console = new ChatSocket(true);
        return openConsole(console, token).compose(open -> {
            Future<JsonObject> assignedFrame = console.next("assigned");
            console.send(new JsonObject().put("type", "accept"));
            return assignedFrame;
        }).map(frame -> {
            assigned.incrementAndGet();
            return null;
        });
    }

    private Future<JsonObject> openConsole(ChatSocket console, Token token) {
        Future<JsonObject> welcome = console.next("welcome");
        return console.connect("/ws/console", token.value()).compose(connected -> welcome);
    }

    private Future<JsonObject> requestConversation(int attempt) {
        return request(HttpMethod.POST, chatUrl("/api/conversations"), JSON,
                new JsonObject().put("ageBand", "UNDISCLOSED").encode(), null)
                .compose(answer -> {
                    // The console's availability frame and this request travel on different connections.
                    if (answer.status() == 409 && attempt < NO_COUNSELLOR_RETRIES) {
                        Promise<JsonObject> retry = Promise.promise();
                        vertx.setTimer(100, id -> requestConversation(attempt + 1).onComplete(retry));
                        return retry.future();
                    }
                    return Future.succeededFuture(answer.json(201, "POST /api/conversations"));
                });
    }

    /** Created by whichever comes first: the answer to the request, or a console's {@code assigned}. */
    private Conversation conversation(String id) {
        return byId.computeIfAbsent(id, Conversation::new);
    }

    private String chatUrl(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private Future<Answer> request(HttpMethod method, String url, String contentType, String body, String bearer) {
        RequestOptions options = new RequestOptions().setMethod(method).setAbsoluteURI(url);
        if (contentType != null) {
            options.putHeader("Content-Type", contentType);
        }
        if (bearer != null) {
            options.putHeader("Authorization", "Bearer " + bearer);
        }
        return http.request(options)
                .compose(request -> body == null ? request.send() : request.send(body))
                .compose(response -> response.body().map(b -> new Answer(response.statusCode(), b.toString())));
    }

    /** One WebSocket to chat-service; set-up waits for frames by type, consoles pass messages to the driver. */
    private final class ChatSocket {
        private final ClientWebSocket socket = sockets.webSocket();
        private final Map<String, Promise<JsonObject>> awaited = new ConcurrentHashMap<>();
        private final boolean console;
        private volatile String closed;
        private volatile boolean closingOnPurpose;

        ChatSocket(boolean console) {
            this.console = console;
            // Handlers before connect: a frame sent right after the handshake (welcome) cannot be missed.
            socket.textMessageHandler(this::onFrame);
            socket.closeHandler(v -> {
                closed = (console ? "console" : "youth") + " connection closed by chat-service ("
                        + socket.closeStatusCode() + " " + socket.closeReason() + ")";
                if (!closingOnPurpose) {
                    driver.problem("connection closed");
                }
                failAwaited(closed);
            });
        }

        Future<WebSocket> connect(String path, String bearer) {
            WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
                    .setURI(path);
            if (bearer != null) {
                options.addHeader("Authorization", "Bearer " + bearer);
            }
            return socket.connect(options);
        }

        /** Completes with the next frame of this type; registered before the frame that provokes it is sent. */
        Future<JsonObject> next(String type) {
            if (closed != null) {
                return Future.failedFuture(closed);
            }
            Promise<JsonObject> promise = Promise.promise();
            awaited.put(type, promise);
            return promise.future();
        }

        void closeOnPurpose() {
            closingOnPurpose = true;
            socket.close();
        }

        void send(JsonObject frame) {
            socket.writeTextMessage(frame.encode());
        }

        private void onFrame(String text) {
            long receivedAt = System.nanoTime();
            JsonObject frame = new JsonObject(text);
            String type = frame.getString("type", "");
            switch (type) {
                case "message" -> {
                    Conversation conversation = byId.get(frame.getString("conversationId", ""));
                    if (console && conversation != null && "YOUTH".equals(frame.getString("from"))) {
                        driver.delivered(conversation, frame.getString("text"), receivedAt);
                    }
                }
                case "error" -> {
                    String code = frame.getString("code");
                    driver.problem("error frame " + code);
                    failAwaited("chat-service answered error " + code + " (" + (console ? "console" : "youth") + ")");
                }
                default -> {
                    Promise<JsonObject> promise = awaited.remove(type);
                    if (promise != null) {
                        promise.complete(frame);
                    }
                }
            }
        }

        private void failAwaited(String why) {
            awaited.values().forEach(promise -> promise.tryFail(why));
            awaited.clear();
        }
    }
}
