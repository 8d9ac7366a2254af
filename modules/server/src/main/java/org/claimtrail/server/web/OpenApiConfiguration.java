package org.claimtrail.server.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.claimtrail.platform.endpoint.ApiTag;
import org.claimtrail.platform.endpoint.ProblemType;
import org.claimtrail.server.endpoint.ApiEndpoint;
import org.claimtrail.server.endpoint.Callers;
import org.claimtrail.server.endpoint.EndpointCatalog;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The OpenAPI document at {@code /v3/api-docs}: springdoc derives paths and schemas, field limits included, from the
 * controllers and their validated records; this adds what the HTTP edge and each handler's {@code @Endpoint} (read
 * from the {@link EndpointCatalog}) say: the resources (tags), what each operation does and who may ask, how to sign
 * in, the {@code Idempotency-Key} every POST may carry, every problem answer with an example, and examples of bodies
 * (names in {@code openapi/examples.json}, taken from the demo data). The result passes Spectral's
 * {@code spectral:oas} ruleset and the OpenAPI generator's validation (see docs/api.md#the-openapi-document).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String EXAMPLES = "#/components/examples/";
    private static final String PROBLEM_EXAMPLE_PREFIX = "problem-";

    /**
     * The answers that no operation lists, since they answer a request for no operation's method or media type, or
     * a failure of the server's own, or answer the console's live stream, which is no operation of the API: the
     * {@code Problem} schema names them, with every other type.
     */
    private static final Set<ProblemType> ANY_REQUEST = EnumSet.of(ProblemType.METHOD_NOT_ALLOWED,
            ProblemType.NOT_ACCEPTABLE, ProblemType.INTERNAL, ProblemType.NOT_IMPLEMENTED,
            ProblemType.TOO_MANY_LIVE_STREAMS);

    /** Descriptions of the parameters springdoc finds on the controllers, by name. */
    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("asOf", "An instant (ISO 8601, such as 2024-11-01T00:00:00Z): the claim as it stood then, "
                    + "rebuilt from its events."),
            Map.entry("state", "Only claims in these states (repeat the parameter for several)."),
            Map.entry("sort", "newest (the default) or oldest first, by when the claim was proposed."),
            Map.entry("proposition", "Only claims on this proposition key."),
            Map.entry("q", "Only claims whose statement contains these words."),
            Map.entry("page", "The page, from 0."),
            Map.entry("size", "Entries per page."),
            Map.entry("If-Match", "The ETag of the claim as the client last saw it, such as \"3\", or *. A claim that "
                    + "has changed since answers 412 and nothing is changed."),
            Map.entry("key", "The proposition's key, such as dprk-troops-in-russia-2024."),
            Map.entry("name", "The read model's name, such as claims."),
            Map.entry("actor", "Only events caused by this user."),
            Map.entry("claimId", "Only events of this claim."),
            Map.entry("type", "Only events of this type, such as VerdictSubmitted."),
            Map.entry("from", "Only events at or after this instant (ISO 8601)."),
            Map.entry("to", "Only events before this instant (ISO 8601)."));

    static {
        // An event's payload is free-form JSON, not a bean whose getters (isArray, isNull…) are its fields.
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class,
                new ObjectSchema().description("The event's own fields, as its type says."));
    }

    @Bean
    OpenApiCustomizer edge(JsonMapper json, EndpointCatalog catalog) {
        Map<String, Example> examples = examples(json);
        return api -> {
            api.info(new Info().title("claimtrail").version("v1")
                    .contact(new Contact().name("claimtrail"))
                    .description("""
                            Claims found in reporting, verified by reviewers; every change is an event. Sign in with \
                            HTTP Basic or a JWT bearer token. Errors are application/problem+json (RFC 9457) with a \
                            type of %s…. Request bodies are at most 1 MiB (413 beyond).\
                            """.formatted(ProblemType.PREFIX)));
            // Relative: the server that serves this document, whatever its address.
            api.servers(List.of(new Server().url("/").description("The server that serves this document")));
            api.tags(Stream.of(ApiTag.values())
                    .map(tag -> new Tag().name(tag.title()).description(tag.description()))
                    .toList());
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            api.components(components
                    .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                            .description("The accounts of claimtrail.security.users."))
                    .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                            .bearerFormat("JWT").description("A token of the configured OpenID Connect issuer for the "
                                    + "claimtrail audience; roles are read from its client-scoped roles claim "
                                    + "(resource_access.claimtrail.roles by default), by their exact names."))
                    .addSchemas("FieldProblem", fieldProblem())
                    .addSchemas("Problem", problem()));
            api.security(signIn());
            if (api.getPaths() != null) {
                api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                        catalog.find(HttpMethod.valueOf(method.name()), path).ifPresent(endpoint ->
                                describe(operation, method, endpoint, components, examples))));
                api.getComponents().getSchemas().values().forEach(OpenApiConfiguration::nullable);
                // Sorted, so that the document reads the same whatever order springdoc met the controllers in.
                api.getComponents().setSchemas(new TreeMap<>(api.getComponents().getSchemas()));
                if (components.getExamples() != null) {
                    components.setExamples(new TreeMap<>(components.getExamples()));
                }
            }
        };
    }

    private static void describe(Operation operation, PathItem.HttpMethod method, ApiEndpoint endpoint,
                                 Components components, Map<String, Example> examples) {
        ApiEndpoint.Documentation described = endpoint.documentation();
        operation.tags(List.of(described.tag().title()))
                .operationId(described.operationId())
                .summary(described.summary())
                .description(described.description() + "\n\nWho may ask: " + endpoint.callers().describe() + ".")
                .security(signIn());
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getDescription() == null) {
                    parameter.description(parameterDescription(parameter.getName(), endpoint));
                }
            }
        }
        if (method == PathItem.HttpMethod.POST) {
            operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                    .description("A repeat with the same key, user and body is answered as the first was and changes "
                            + "nothing; the same key with another request answers 422. Kept 24 hours by default.")
                    .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$")));
        }
        described.requestExample().filter(name -> operation.getRequestBody() != null).ifPresent(name ->
                operation.getRequestBody().getContent().values().forEach(media ->
                        media.examples(Map.of(name, use(name, components, examples)))));
        operation.getResponses().forEach((status, response) -> {
            if (response.getContent() == null) {
                return;
            }
            // springdoc says */* for controllers that name no media type: they answer JSON.
            MediaType any = response.getContent().remove("*/*");
            if (any != null) {
                response.getContent().addMediaType("application/json", any);
            }
            described.responseExample().ifPresent(name -> response.getContent().values().forEach(media ->
                    media.examples(Map.of(name, use(name, components, examples)))));
            boolean claim = response.getContent().values().stream().anyMatch(media -> media.getSchema() != null
                    && "#/components/schemas/ClaimView".equals(media.getSchema().get$ref()));
            if (claim) {
                response.addHeaderObject("ETag", new Header().description("The claim's version, such as \"3\": "
                        + "the If-Match of a later change.").schema(new StringSchema()));
            }
            if ("201".equals(status)) {
                response.addHeaderObject("Location", new Header().description("Where the new resource is read.")
                        .schema(new StringSchema().format("uri-reference")));
            }
        });
        problems(operation, method, endpoint).stream()
                .collect(Collectors.groupingBy(ProblemType::status, TreeMap::new, Collectors.toList()))
                .forEach((status, answers) -> operation.getResponses()
                        .addApiResponse(Integer.toString(status.value()), problemResponse(answers, components)));
    }

    /** A parameter's description; one that some callers may not send says who may. */
    private static String parameterDescription(String parameter, ApiEndpoint endpoint) {
        if ("id".equals(parameter)) {
            return endpoint.documentation().tag() == ApiTag.EXTRACTION ? "The extraction's id." : "The claim's id.";
        }
        Callers callers = endpoint.withParameter().get(parameter);
        return PARAMETERS.get(parameter) + (callers == null ? "" : " " + callers.describe() + " only.");
    }

    /** The answers this operation can give: its own, and those of every operation of its kind. */
    private static Set<ProblemType> problems(Operation operation, PathItem.HttpMethod method, ApiEndpoint endpoint) {
        Set<ProblemType> answers = EnumSet.of(ProblemType.MALFORMED_REQUEST, ProblemType.UNAUTHENTICATED,
                ProblemType.TOO_MANY_FAILED_SIGN_INS, ProblemType.ROLE_NOT_SERVED, ProblemType.STORAGE_UNAVAILABLE);
        answers.addAll(endpoint.documentation().problems());
        if (endpoint.refusesSome()) {
            answers.add(ProblemType.FORBIDDEN);
        }
        boolean parameters = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> !"header".equals(p.getIn()));
        if (parameters || operation.getRequestBody() != null) {
            answers.add(ProblemType.INVALID_REQUEST);
        }
        if (operation.getRequestBody() != null) {
            answers.add(ProblemType.BODY_TOO_LARGE);
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            // Every write, with a body or without: RequestBodyFilter and CrossSiteWrites.
            answers.add(ProblemType.UNSUPPORTED_MEDIA_TYPE);
            answers.add(ProblemType.CROSS_SITE_REQUEST);
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            answers.add(ProblemType.TOO_MANY_WRITES);
        }
        if (method == PathItem.HttpMethod.POST) {
            answers.addAll(List.of(ProblemType.INVALID_IDEMPOTENCY_KEY, ProblemType.IDEMPOTENCY_KEY_REUSED,
                    ProblemType.IDEMPOTENCY_KEY_IN_FLIGHT));
        }
        return answers;
    }

    private static ApiResponse problemResponse(List<ProblemType> answers, Components components) {
        Map<String, Example> examples = new LinkedHashMap<>();
        for (ProblemType answer : answers) {
            String name = PROBLEM_EXAMPLE_PREFIX + answer.type();
            // In RFC 9457's order, the same in every run, so that a refreshed document differs only where it changed.
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("type", answer.uri());
            value.put("title", answer.status().getReasonPhrase());
            value.put("status", answer.status().value());
            value.put("detail", answer.example());
            components.addExamples(name, new Example().summary(answer.uri()).value(value));
            examples.put(answer.type(), new Example().$ref(EXAMPLES + name));
        }
        ApiResponse response = new ApiResponse()
                .description(answers.stream().map(a -> a.type() + ": " + a.when()).collect(Collectors.joining("; "))
                        + ".")
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/Problem"))
                        .examples(examples)));
        HttpStatus status = answers.get(0).status();
        if (status == HttpStatus.TOO_MANY_REQUESTS || status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again.")
                    .schema(new IntegerSchema()));
        }
        if (answers.contains(ProblemType.TOO_MANY_WRITES)) {
            response.addHeaderObject("RateLimit-Policy", new Header().description("The user's write limit "
                    + "(draft-ietf-httpapi-ratelimit-headers): \"writes\";q=<burst>;w=<seconds to refill it>.")
                    .schema(new StringSchema()));
            response.addHeaderObject("RateLimit", new Header().description("What is left of it: "
                    + "\"writes\";r=<writes left>;t=<seconds until the burst is full again>.")
                    .schema(new StringSchema()));
        }
        return response;
    }

    /** A reference to the body example {@code name}, which joins the document's components once used. */
    private static Example use(String name, Components components, Map<String, Example> examples) {
        Example example = examples.get(name);
        if (example == null) {
            throw new IllegalStateException("openapi/examples.json has no example " + name);
        }
        components.addExamples(name, example);
        return new Example().$ref(EXAMPLES + name);
    }

    /**
     * The server writes null for a value a record does not have ({@code "upper": null} of an open interval) and reads
     * null as absent: every property that is not required may be null. springdoc does not say so by itself.
     */
    private static void nullable(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().replaceAll((name, property) -> {
            if (required.contains(name) || property.getEnum() != null) {
                return property;
            }
            if (property.get$ref() != null) {
                return new Schema<>().oneOf(List.of(new Schema<>().$ref(property.get$ref()),
                        new Schema<>().types(Set.of("null"))));
            }
            Set<String> types = new LinkedHashSet<>(property.getTypes() != null ? property.getTypes()
                    : property.getType() != null ? Set.of(property.getType()) : Set.of());
            if (!types.isEmpty()) {
                types.add("null");
                property.setTypes(types);
            }
            return property;
        });
    }

    private static List<SecurityRequirement> signIn() {
        return List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("bearer"));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("A problem (RFC 9457).")
                .addProperty("type", new StringSchema().format("uri").description(problemTypes()))
                .addProperty("title", new StringSchema().description("The status's reason phrase."))
                .addProperty("status", new IntegerSchema().description("The HTTP status."))
                .addProperty("detail", new StringSchema().description("What went wrong with this request."))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request's path."))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
                        .description("For invalid-request: each invalid field or parameter."))
                .required(List.of("type", "title", "status"));
    }

    /** Every type the server answers with: those an operation lists, and those any request can meet. */
    private static String problemTypes() {
        return "What kind of problem: " + ProblemType.PREFIX + " followed by one of "
                + Stream.of(ProblemType.values()).map(ProblemType::type).collect(Collectors.joining(", "))
                + ". Each operation's responses list those it gives; any request may also be answered with these: "
                + ANY_REQUEST.stream().map(type -> type.type() + ": " + type.when()).collect(Collectors.joining("; "))
                + ".";
    }

    private static Schema<?> fieldProblem() {
        return new ObjectSchema()
                .description("One invalid field or parameter.")
                .addProperty("field", new StringSchema().description("Its path in the request, such as "
                        + "sources[0].url, or the parameter's name."))
                .addProperty("message", new StringSchema().description("What is wrong with it."))
                .required(List.of("field", "message"));
    }

    private static Map<String, Example> examples(JsonMapper json) {
        try (InputStream in = new ClassPathResource("openapi/examples.json").getInputStream()) {
            Map<String, Map<String, Object>> read = json.readValue(in, new TypeReference<>() {
            });
            Map<String, Example> examples = new LinkedHashMap<>();
            read.forEach((name, example) -> examples.put(name, new Example()
                    .summary((String) example.get("summary")).value(example.get("value"))));
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read openapi/examples.json", e);
        }
    }
}
