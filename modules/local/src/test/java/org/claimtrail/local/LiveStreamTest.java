package org.claimtrail.local;

import org.claimtrail.console.live.LiveFeed;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's live stream ({@code GET /live}) costs a node little: a page that stops reading is dropped without
 * delaying any other page's updates, and one user may open only so many streams. On its own stack: the test
 * proposes thousands of claims, as many as it takes to fill the sockets' buffers of the page that does not read.
 */
@ExtendWith(IsolatedLocalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveStreamTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CLAIM_ID = Pattern.compile("\"claimId\":\"([^\"]+)\"");
    /** What the page that reads must see each claim within, from the moment its proposal was answered. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private final LocalStack stack;
    private final Api api;
    private final int port;
    private final LiveFeed feed;

    LiveStreamTest(LocalStack stack) {
        this.stack = stack;
        this.api = new Api(stack);
        this.port = URI.create(stack.httpUrl()).getPort();
        this.feed = stack.server().getBean(LiveFeed.class);
    }

    @Test
    @Order(1)
    void aPageThatStopsReadingDoesNotDelayAnothersUpdatesAndIsDropped() throws Exception {
        Session editor = signIn("editor");
        int before = feed.streams();
        Map<String, Long> seen = new ConcurrentHashMap<>();
        Map<String, Long> answered = new ConcurrentHashMap<>();
        try (Socket stuck = openAndNeverRead(editor); Reader reader = new Reader(editor, seen)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> feed.streams() == before + 2);
            AtomicBoolean dropped = new AtomicBoolean();
            AtomicInteger proposed = new AtomicInteger();
            ExecutorService proposers = Executors.newFixedThreadPool(6);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            for (int t = 0; t < 6; t++) {
                proposers.execute(() -> {
                    while (!dropped.get() && proposed.get() < 60_000 && System.nanoTime() < deadline) {
                        Api.Response answer = api.post("contributor", "/api/v1/claims",
                                RawHttp.proposal("A claim for the live stream " + proposed.incrementAndGet() + ".", null));
                        if (answer.status() == 201) {
                            answered.put(answer.json().get("id").asString(), System.nanoTime());
                        }
                        if (feed.streams() == before + 1) {
                            dropped.set(true);
                        }
                    }
                });
            }
            proposers.shutdown();
            assertThat(proposers.awaitTermination(6, TimeUnit.MINUTES)).isTrue();
            assertThat(dropped).as("the page that does not read is dropped, after %s claims", proposed).isTrue();
            // The page that reads is still open and sees a change made now within the bound.
            String last = api.post("contributor", "/api/v1/claims", RawHttp.proposal("The last live claim.", null))
                    .json().get("id").asString();
            answered.put(last, System.nanoTime());
            await().atMost(BOUND.plusSeconds(25)).until(() -> seen.keySet().containsAll(answered.keySet()));
            long slowest = answered.entrySet().stream().mapToLong(e -> seen.get(e.getKey()) - e.getValue()).max()
                    .orElseThrow();
            assertThat(Duration.ofNanos(slowest)).as("slowest update of %s claims", answered.size())
                    .isLessThan(BOUND);
            assertThat(feed.streams()).isEqualTo(before + 1);
            assertThat(stuck.isClosed()).isFalse();
        }
    }

    @Test
    @Order(2)
    void oneUserMayOpenOnlySoManyStreams() throws Exception {
        Session auditor = signIn("auditor");
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                open.add(openAndNeverRead(auditor));
            }
            try (Socket sixth = new Socket()) {
                sixth.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                sixth.setSoTimeout(10_000);
                sixth.getOutputStream().write(liveRequest(auditor, "Connection: close\r\n"));
                String answer = new String(sixth.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 429").containsIgnoringCase("Retry-After: ")
                        .containsIgnoringCase("Content-Type: application/problem+json")
                        .contains("urn:claimtrail:problem:too-many-live-streams");
            }
            // Another user is not affected.
            try (Socket other = openAndNeverRead(signIn("reviewer1"))) {
                assertThat(other.isConnected()).isTrue();
            }
        } finally {
            for (Socket socket : open) {
                socket.close();
            }
        }
    }

    /** A console session: the cookie of a user signed in through the console's form. */
    private record Session(HttpClient http, String cookie) {
    }

    private Session signIn(String user) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(stack.httpUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as(page).isTrue();
        String form = "username=" + user + "&password=" + URLEncoder.encode(SharedLocalStack.PASSWORD,
                StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(stack.httpUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        HttpCookie session = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).findFirst().orElseThrow();
        return new Session(http, "JSESSIONID=" + session.getValue());
    }

    /** Opens {@code /live} with a small receive buffer, reads the answer's head, and then nothing more. */
    private Socket openAndNeverRead(Session session) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(liveRequest(session, ""));
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        assertThat(head.toString()).startsWith("HTTP/1.1 200");
        return socket;
    }

    private byte[] liveRequest(Session session, String extraHeaders) {
        return ("GET /live HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: text/event-stream\r\nCookie: "
                + session.cookie() + "\r\n" + extraHeaders + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A page that reads its stream: when it saw each claim. */
    private final class Reader implements AutoCloseable {

        private final Stream<String> lines;

        Reader(Session session, Map<String, Long> seen) throws IOException, InterruptedException {
            HttpResponse<Stream<String>> response = session.http().send(
                    HttpRequest.newBuilder(URI.create(stack.httpUrl() + "/live"))
                            .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            this.lines = response.body();
            Thread thread = new Thread(() -> {
                try {
                    lines.forEach(line -> {
                        Matcher claim = CLAIM_ID.matcher(line);
                        if (line.startsWith("data:") && claim.find()) {
                            seen.putIfAbsent(claim.group(1), System.nanoTime());
                        }
                    });
                } catch (UncheckedIOException closed) {
                    // The test is over.
                }
            }, "live-reader");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() {
            lines.close();
        }
    }
}
