package org.claimtrail.server.endpoint;

import org.claimtrail.platform.role.NodeRole;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production layout's load balancer sends every endpoint of the catalog to nodes that serve it: the routing of
 * {@code infra/haproxy/haproxy.cfg} ({@code frontend api}: its acls, {@code use_backend} rules and default backend)
 * is run here for each endpoint, and each server of the backend it picks must run the endpoint's role, as its
 * service's {@code CLAIMTRAIL_ROLES} in {@code docker-compose.yml} says. A node without the role answers 503
 * role-not-served (RoleRoutingFilter), so a wrong route is a request that always fails.
 */
class HaproxyRoutingTest {

    private static final Path REPOSITORY = Path.of("../..");
    private static final String SAMPLE_ID = "0b9f2d1c-6c4e-4a53-9a57-1f0a2e3b4c5d";

    private final EndpointCatalog catalog = EndpointCatalog.scan(new DefaultResourceLoader());

    @Test
    void everyEndpointGoesToABackendWhoseNodesServeIt() throws IOException {
        Haproxy haproxy = Haproxy.parse(Files.readAllLines(REPOSITORY.resolve("infra/haproxy/haproxy.cfg")));
        Map<String, Set<NodeRole>> roles = composeRoles();
        List<String> wrong = new ArrayList<>();
        for (ApiEndpoint endpoint : catalog.endpoints()) {
            String path = endpoint.path().replaceAll("\\{[^}]+}", SAMPLE_ID);
            String backend = haproxy.route(endpoint.method().name(), path);
            List<String> servers = haproxy.servers(backend);
            if (servers.isEmpty()) {
                wrong.add(endpoint + " goes to backend " + backend + ", which has no servers");
            }
            for (String server : servers) {
                Set<NodeRole> served = roles.get(server);
                if (served == null || !served.contains(endpoint.servedBy())) {
                    wrong.add(endpoint + " (" + endpoint.servedBy() + ") goes to backend " + backend + ", server "
                            + server + " runs " + served);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(catalog.endpoints()).as("the catalog is read").hasSizeGreaterThan(10);
    }

    @Test
    void theRulesAreReadAsHaproxyReadsThem() throws IOException {
        Haproxy haproxy = Haproxy.parse(Files.readAllLines(REPOSITORY.resolve("infra/haproxy/haproxy.cfg")));
        assertThat(haproxy.route("GET", "/api/v1/claims/" + SAMPLE_ID)).isEqualTo("projection");
        assertThat(haproxy.route("POST", "/api/v1/claims/" + SAMPLE_ID + "/verdicts")).isEqualTo("command_by_claim");
        assertThat(haproxy.route("POST", "/api/v1/admin/kafka/replay")).isEqualTo("notification");
        assertThat(haproxy.route("GET", "/api/v1/extractions/" + SAMPLE_ID)).isEqualTo("command");
        assertThat(haproxy.route("GET", "/actuator/health")).isEqualTo("not_found");
    }

    /** Each compose service's roles, by service name (the host a backend's server names). */
    @SuppressWarnings("unchecked")
    private static Map<String, Set<NodeRole>> composeRoles() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(REPOSITORY.resolve("docker-compose.yml")));
        Map<String, Set<NodeRole>> roles = new HashMap<>();
        ((Map<String, Map<String, Object>>) compose.get("services")).forEach((name, service) -> {
            Object environment = service.get("environment");
            if (environment instanceof Map<?, ?> variables && variables.get("CLAIMTRAIL_ROLES") != null) {
                roles.put(name, Arrays.stream(variables.get("CLAIMTRAIL_ROLES").toString().split(","))
                        .map(role -> NodeRole.valueOf(role.strip().toUpperCase(Locale.ROOT)))
                        .collect(Collectors.toSet()));
            }
        });
        return roles;
    }

    /**
     * The part of HAProxy's configuration that routes: the acls and rules of {@code frontend api} and each backend's
     * servers. A rule or acl it cannot read fails the test rather than being skipped.
     */
    private record Haproxy(Map<String, List<List<String>>> acls, List<List<String>> rules, String defaultBackend,
                           Map<String, List<String>> servers) {

        static Haproxy parse(List<String> lines) {
            Map<String, List<List<String>>> acls = new HashMap<>();
            List<List<String>> rules = new ArrayList<>();
            Map<String, List<String>> servers = new LinkedHashMap<>();
            String section = "";
            String defaultBackend = null;
            for (String line : lines) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                List<String> words = List.of(text.split("\\s+"));
                if (!Character.isWhitespace(line.charAt(0))) {
                    section = String.join(" ", words);
                    if (words.get(0).equals("backend")) {
                        servers.put(words.get(1), new ArrayList<>());
                    }
                    continue;
                }
                if (section.equals("frontend api")) {
                    switch (words.get(0)) {
                        case "acl" -> acls.computeIfAbsent(words.get(1), name -> new ArrayList<>())
                                .add(words.subList(2, words.size()));
                        case "use_backend" -> rules.add(words.subList(1, words.size()));
                        case "default_backend" -> defaultBackend = words.get(1);
                        default -> {
                        }
                    }
                } else if (section.startsWith("backend ") && words.get(0).equals("server")) {
                    servers.get(section.substring("backend ".length())).add(words.get(2).split(":")[0]);
                }
            }
            assertThat(rules).as("use_backend rules of frontend api").isNotEmpty();
            return new Haproxy(acls, rules, defaultBackend, servers);
        }

        /** The backend the first matching rule names, else the default one. */
        String route(String method, String path) {
            for (List<String> rule : rules) {
                assertThat(rule).as("use_backend NAME if CONDITION").hasSizeGreaterThan(2);
                assertThat(rule.get(1)).isEqualTo("if");
                if (condition(rule.subList(2, rule.size()), method, path)) {
                    return rule.get(0);
                }
            }
            return defaultBackend;
        }

        List<String> servers(String backend) {
            return servers.getOrDefault(backend, List.of());
        }

        /** Acl names, all of which must match, in groups joined by {@code or}; {@code !} negates one. */
        private boolean condition(List<String> words, String method, String path) {
            boolean any = false;
            boolean all = true;
            for (String word : words) {
                if (word.equals("or") || word.equals("||")) {
                    any |= all;
                    all = true;
                    continue;
                }
                boolean negated = word.startsWith("!");
                String name = negated ? word.substring(1) : word;
                all &= acl(name, method, path) != negated;
            }
            return any || all;
        }

        private boolean acl(String name, String method, String path) {
            List<List<String>> definitions = acls.get(name);
            assertThat(definitions).as("acl " + name).isNotNull();
            return definitions.stream().anyMatch(definition -> matches(definition, method, path));
        }

        private static boolean matches(List<String> definition, String method, String path) {
            List<String> values = definition.subList(1, definition.size());
            return switch (definition.get(0)) {
                case "path" -> values.contains(path);
                case "path_beg" -> values.stream().anyMatch(path::startsWith);
                case "path_reg" -> values.stream().anyMatch(regex -> Pattern.compile(regex).matcher(path).find());
                case "method" -> values.contains(method);
                default -> throw new AssertionError("acl criterion not read by this test: " + definition);
            };
        }
    }
}
