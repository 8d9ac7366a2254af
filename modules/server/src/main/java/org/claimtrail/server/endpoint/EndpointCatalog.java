package org.claimtrail.server.endpoint;

import org.claimtrail.platform.endpoint.Endpoint;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every operation of the REST API, read from the {@link Endpoint} of each handler method under {@code /api/}: what
 * security, role routing and the OpenAPI document all go by. Read from the controller classes on the classpath, not
 * from the controllers this node registered: a node that does not run a role has none of its controllers, yet must
 * tell a client which role serves the request it sent. Refuses to be built, naming each handler and what it lacks,
 * when an API handler has no {@code @Endpoint} or leaves a fact out.
 */
public final class EndpointCatalog {

    /** Where every class of claimtrail lives, controllers of every module included. */
    public static final String CLAIMTRAIL = "org.claimtrail";
    private static final String API = "/api/";
    private static final PathPatternParser PATTERNS = PathPatternParser.defaultInstance;

    /** Most specific first, as Spring MVC would choose between them; then by path and method, for a stable order. */
    private static final Comparator<ApiEndpoint> SPECIFIC_FIRST = Comparator
            .comparing((ApiEndpoint endpoint) -> PATTERNS.parse(endpoint.path()), PathPattern.SPECIFICITY_COMPARATOR)
            .thenComparing(ApiEndpoint::path)
            .thenComparing(endpoint -> endpoint.method().name());

    private final List<ApiEndpoint> endpoints;
    private final Map<String, ApiEndpoint> byRequest;

    private EndpointCatalog(List<ApiEndpoint> endpoints) {
        this.endpoints = endpoints.stream().sorted(SPECIFIC_FIRST).toList();
        this.byRequest = this.endpoints.stream().collect(Collectors.toMap(ApiEndpoint::toString, Function.identity()));
    }

    /** The catalog of every {@code @RestController} class under {@link #CLAIMTRAIL} that {@code loader} sees. */
    public static EndpointCatalog scan(ResourceLoader loader) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.setResourceLoader(loader);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<Class<?>> controllers = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(CLAIMTRAIL)) {
            controllers.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), loader.getClassLoader()));
        }
        return of(controllers);
    }

    /** The catalog of these controllers' handler methods under {@code /api/}; their other handlers are left out. */
    public static EndpointCatalog of(Collection<Class<?>> controllers) {
        List<ApiEndpoint> endpoints = new ArrayList<>();
        List<String> faults = new ArrayList<>();
        for (Class<?> controller : controllers) {
            Map<Method, RequestMapping> handlers = MethodIntrospector.selectMethods(controller,
                    (MethodIntrospector.MetadataLookup<RequestMapping>) method ->
                            AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class));
            handlers.forEach((method, mapping) -> read(controller, method, mapping, endpoints, faults));
        }
        faults.addAll(duplicates(endpoints, ApiEndpoint::toString, "has two handlers"));
        faults.addAll(duplicates(endpoints, endpoint -> endpoint.documentation().operationId(),
                "has an operationId that another endpoint has too"));
        if (!faults.isEmpty()) {
            throw new IllegalStateException("The REST API's endpoints are not all declared (see @Endpoint):\n  "
                    + String.join("\n  ", faults.stream().sorted().toList()));
        }
        return new EndpointCatalog(endpoints);
    }

    /** Every endpoint, the most specific path first. */
    public List<ApiEndpoint> endpoints() {
        return endpoints;
    }

    /** The endpoint of a method and a path pattern as springdoc writes it, such as {@code /api/v1/claims/{id}}. */
    public Optional<ApiEndpoint> find(HttpMethod method, String path) {
        return Optional.ofNullable(byRequest.get(method.name() + " " + path));
    }

    private static void read(Class<?> controller, Method method, RequestMapping mapping, List<ApiEndpoint> endpoints,
                             List<String> faults) {
        String handler = controller.getSimpleName() + "." + method.getName();
        List<String> paths = paths(controller, mapping);
        Endpoint declared = AnnotatedElementUtils.findMergedAnnotation(method, Endpoint.class);
        if (paths.stream().noneMatch(path -> path.startsWith(API))) {
            if (declared != null) {
                faults.add(handler + " is no handler under " + API + ", yet has an @Endpoint");
            }
            return;
        }
        if (declared == null) {
            faults.add(handler + " " + paths + " has no @Endpoint: declare the node role that serves it, the users "
                    + "who may call it and its documentation");
            return;
        }
        if (mapping.method().length != 1) {
            faults.add(handler + " " + paths + " must be mapped to exactly one HTTP method, not "
                    + Arrays.toString(mapping.method()));
            return;
        }
        List<String> lacks = lacks(declared);
        if (!lacks.isEmpty()) {
            faults.add(handler + " " + paths + " has an @Endpoint without " + String.join(", ", lacks));
            return;
        }
        Callers callers = declared.anySignedInUser() ? Callers.anySignedIn()
                : Callers.withRoles(List.of(declared.users()));
        Map<String, Callers> withParameter = new LinkedHashMap<>();
        for (Endpoint.WithParameter rule : declared.withParameter()) {
            withParameter.put(rule.name(), Callers.withRoles(List.of(rule.users())));
        }
        ApiEndpoint.Documentation documentation = new ApiEndpoint.Documentation(declared.tag(),
                declared.operationId(), declared.summary(), declared.description(),
                Set.copyOf(Arrays.asList(declared.problems())),
                named(declared.requestExample()), named(declared.responseExample()));
        HttpMethod httpMethod = mapping.method()[0].asHttpMethod();
        for (String path : paths) {
            endpoints.add(new ApiEndpoint(httpMethod, path, declared.servedBy(), callers, withParameter,
                    documentation));
        }
    }

    /** The handler's paths, its class's mapping and its own combined as Spring MVC combines them. */
    private static List<String> paths(Class<?> controller, RequestMapping mapping) {
        RequestMapping shared = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
        List<String> prefixes = shared == null || shared.path().length == 0 ? List.of("") : List.of(shared.path());
        List<String> suffixes = mapping.path().length == 0 ? List.of("") : List.of(mapping.path());
        List<String> paths = new ArrayList<>();
        for (String prefix : prefixes) {
            for (String suffix : suffixes) {
                paths.add(PATTERNS.parse(prefix).combine(PATTERNS.parse(suffix)).getPatternString());
            }
        }
        return paths;
    }

    /** The facts the compiler cannot demand of an {@code @Endpoint}. */
    private static List<String> lacks(Endpoint declared) {
        List<String> lacks = new ArrayList<>();
        if (declared.anySignedInUser() == (declared.users().length > 0)) {
            lacks.add("the users who may call it (users, or anySignedInUser = true, not both)");
        }
        for (Endpoint.WithParameter rule : declared.withParameter()) {
            if (rule.name().isBlank() || rule.users().length == 0) {
                lacks.add("the parameter and users of a withParameter rule");
            }
        }
        for (Map.Entry<String, String> text : List.of(Map.entry("an operationId", declared.operationId()),
                Map.entry("a summary", declared.summary()), Map.entry("a description", declared.description()))) {
            if (text.getValue().isBlank()) {
                lacks.add(text.getKey());
            }
        }
        return lacks;
    }

    private static Optional<String> named(String example) {
        return example.isBlank() ? Optional.empty() : Optional.of(example);
    }

    private static List<String> duplicates(List<ApiEndpoint> endpoints, Function<ApiEndpoint, String> key,
                                           String what) {
        Set<String> seen = new HashSet<>();
        return endpoints.stream()
                .filter(endpoint -> !seen.add(key.apply(endpoint)))
                .map(endpoint -> endpoint + " " + what)
                .toList();
    }
}
