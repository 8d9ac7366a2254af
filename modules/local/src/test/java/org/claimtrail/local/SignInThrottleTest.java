package org.claimtrail.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Wrong passwords cannot keep the server hashing: after ten failures a name is refused at once, with 429. */
@ExtendWith(SharedLocalStack.class)
class SignInThrottleTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;

    SignInThrottleTest(LocalStack stack) {
        this.url = stack.httpUrl() + "/api/v1/claims";
    }

    @Test
    void repeatedFailedSignInsAreThrottled() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(signIn("guesser", "guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> throttled = signIn("guesser", "guess-10");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(throttled.body()).contains("urn:claimtrail:problem:too-many-failed-sign-ins");
        assertThat(throttled.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1L, 60L));
    }

    private HttpResponse<String> signIn(String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
