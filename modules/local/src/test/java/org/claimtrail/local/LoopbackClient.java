package org.claimtrail.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a socket bound to a loopback address of its own (127.0.0.2, 127.0.0.3 …; Linux routes all of
 * 127.0.0.0/8 to this host): each such client is, to the server, a client at another address, as clients behind
 * different routers are. Java's HTTP client cannot choose its source address.
 */
final class LoopbackClient {

    /** A status and the headers, names in lower case. */
    record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final String from;
    private final int port;

    LoopbackClient(String from, LocalStack stack) {
        this.from = from;
        this.port = URI.create(stack.httpUrl()).getPort();
    }

    /** {@code GET path} signed in with HTTP Basic, plus {@code headers} as name, value, name, value … */
    Answer get(String path, String user, String password, String... headers) {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n")
                .append("Authorization: Basic ").append(Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).append("\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " from " + from, e);
        }
    }

    private static Answer parse(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        String[] lines = answer.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, answer.substring(end + 4));
    }
}
