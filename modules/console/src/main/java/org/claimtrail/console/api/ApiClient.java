package org.claimtrail.console.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The REST API as the console uses it: every read and write of a page is one request to {@code /api/v1}, made for
 * the signed-in user ({@link ConsoleIdentity}), so the API's validation, role checks, workflow rules, {@code If-Match}
 * and problem answers are the console's too. By default it calls this node over loopback;
 * {@code claimtrail.console.api-url} sends it elsewhere (a load balancer in front of command and projection nodes).
 */
@Component
public class ApiClient {

    private static final String ROLE_PREFIX = "ROLE_";

    private final ConsoleIdentity identity;
    private final Environment environment;
    private final String configuredUrl;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final RestClient http = RestClient.builder()
            .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build()))
            .defaultStatusHandler(status -> true, (request, response) -> {
            })
            .build();

    ApiClient(ConsoleIdentity identity, Environment environment,
              @Value("${claimtrail.console.api-url:}") String configuredUrl) {
        this.identity = identity;
        this.environment = environment;
        this.configuredUrl = configuredUrl;
    }

    /** An answer with its {@code ETag} version, when it has one. */
    public record Answer<T>(T body, Long version) {
    }

    public <T> T get(String path, Class<T> type) {
        return json.convertValue(exchange(HttpMethod.GET, path, null, null).body(), type);
    }

    public <T> T get(String path, TypeReference<T> type) {
        return json.convertValue(exchange(HttpMethod.GET, path, null, null).body(), type);
    }

    public <T> Answer<T> send(HttpMethod method, String path, Object body, Long ifMatch, Class<T> type) {
        Answer<JsonNode> answer = exchange(method, path, body, ifMatch);
        return new Answer<>(json.convertValue(answer.body(), type), answer.version());
    }

    public JsonMapper json() {
        return json;
    }

    private Answer<JsonNode> exchange(HttpMethod method, String path, Object body, Long ifMatch) {
        RestClient.RequestBodySpec request = http.method(method)
                .uri(baseUrl() + path)
                .header(ConsoleIdentity.HEADER, signedUser())
                .accept(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, "\"" + ifMatch + "\"");
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
        }
        return request.exchange((req, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            JsonNode node = bytes.length == 0 ? json.nullNode() : json.readTree(bytes);
            if (response.getStatusCode().isError()) {
                throw problem(response.getStatusCode().value(), node);
            }
            String etag = response.getHeaders().getETag();
            Long version = etag == null ? null : Long.valueOf(etag.replace("W/", "").replace("\"", ""));
            return new Answer<>(node, version);
        });
    }

    private ApiProblem problem(int status, JsonNode node) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        for (JsonNode error : node.path("errors")) {
            errors.add(new ApiProblem.FieldError(error.path("field").asString(""), error.path("message").asString("")));
        }
        String detail = node.path("detail").asString(node.path("title").asString("The server answered " + status + "."));
        return new ApiProblem(status, node.path("type").asString(""), detail, errors);
    }

    private String signedUser() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            throw new IllegalStateException("The console calls the API only for a signed-in user");
        }
        List<String> roles = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(ROLE_PREFIX))
                .map(a -> a.substring(ROLE_PREFIX.length()))
                .toList();
        return identity.sign(user.getName(), roles);
    }

    private String baseUrl() {
        if (!configuredUrl.isBlank()) {
            return configuredUrl.replaceAll("/+$", "");
        }
        return "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port");
    }

    /** For the pages: a map read from a JSON answer. */
    public Map<String, Object> asMap(JsonNode node) {
        return json.convertValue(node, new TypeReference<>() {
        });
    }
}
