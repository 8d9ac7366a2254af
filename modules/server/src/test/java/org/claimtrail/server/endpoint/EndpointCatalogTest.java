package org.claimtrail.server.endpoint;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.claimtrail.platform.endpoint.ApiTag;
import org.claimtrail.platform.endpoint.Endpoint;
import org.claimtrail.platform.endpoint.UserRole;
import org.claimtrail.platform.role.NodeRole;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every handler of the REST API declares its endpoint, and the catalog that security, role routing and the OpenAPI
 * document read holds each of them: found here by reading the compiled classes, not by the catalog's own scan.
 */
class EndpointCatalogTest {

    private final EndpointCatalog catalog = EndpointCatalog.scan(new DefaultResourceLoader());

    /** The handler methods under /api/ of every @RestController class of claimtrail, read with ArchUnit. */
    private static List<Method> apiHandlers() {
        List<Method> handlers = new ArrayList<>();
        for (JavaClass controller : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(EndpointCatalog.CLAIMTRAIL)) {
            if (!controller.isAnnotatedWith(RestController.class)) {
                continue;
            }
            Class<?> type = controller.reflect();
            RequestMapping shared = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
            String prefix = shared == null || shared.path().length == 0 ? "" : shared.path()[0];
            for (Method method : type.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                String path = mapping == null ? null : prefix + (mapping.path().length == 0 ? "" : mapping.path()[0]);
                if (path != null && path.startsWith("/api/")) {
                    handlers.add(method);
                }
            }
        }
        return handlers;
    }

    @Test
    void everyApiHandlerStatesEveryFact() {
        List<Method> handlers = apiHandlers();
        assertThat(handlers).hasSizeGreaterThanOrEqualTo(22);
        for (Method handler : handlers) {
            String name = handler.getDeclaringClass().getSimpleName() + "." + handler.getName();
            Endpoint endpoint = handler.getAnnotation(Endpoint.class);
            assertThat(endpoint).as(name + " has an @Endpoint").isNotNull();
            assertThat(endpoint.servedBy()).as(name + " servedBy").isNotNull();
            assertThat(endpoint.users().length > 0).as(name + ": users or anySignedInUser, one of them")
                    .isNotEqualTo(endpoint.anySignedInUser());
            assertThat(endpoint.tag()).as(name + " tag").isNotNull();
            assertThat(endpoint.operationId()).as(name + " operationId").isNotBlank();
            assertThat(endpoint.summary()).as(name + " summary").isNotBlank();
            assertThat(endpoint.description()).as(name + " description").isNotBlank();
            for (Endpoint.WithParameter rule : endpoint.withParameter()) {
                assertThat(rule.name()).as(name + " withParameter name").isNotBlank();
                assertThat(rule.users()).as(name + " withParameter users").isNotEmpty();
            }
        }
        assertThat(catalog.endpoints()).extracting(endpoint -> endpoint.documentation().operationId())
                .containsExactlyInAnyOrderElementsOf(handlers.stream()
                        .map(handler -> handler.getAnnotation(Endpoint.class).operationId()).toList());
    }

    /** Every tag is some endpoint's, and every endpoint of the catalog is one of /api/. */
    @Test
    void everyTagIsUsedAndEveryPathIsTheApis() {
        assertThat(catalog.endpoints()).extracting(endpoint -> endpoint.documentation().tag())
                .containsAll(Set.of(ApiTag.values()));
        assertThat(catalog.endpoints()).allSatisfy(endpoint -> assertThat(endpoint.path()).startsWith("/api/v1/"));
    }

    @Test
    void aPathIsItsClassMappingAndItsOwnAndMatchesAsSpringMvcDoes() {
        ApiEndpoint read = catalog.find(HttpMethod.GET, "/api/v1/claims/{id}").orElseThrow();
        assertThat(read.documentation().operationId()).isEqualTo("getClaim");
        assertThat(read.callers()).isEqualTo(Callers.anySignedIn());
        assertThat(read.withParameter()).containsEntry("asOf",
                Callers.withRoles(List.of(UserRole.AUDITOR, UserRole.EDITOR, UserRole.ADMIN)));
        assertThat(read.request().matches(new MockHttpServletRequest("GET", "/api/v1/claims/anything"))).isTrue();
        assertThat(read.request().matches(new MockHttpServletRequest("GET", "/api/v1/claims/a/history"))).isFalse();
        assertThat(read.request().matches(new MockHttpServletRequest("POST", "/api/v1/claims/anything"))).isFalse();
        assertThat(catalog.find(HttpMethod.POST, "/api/v1/claims").orElseThrow().documentation().operationId())
                .isEqualTo("proposeClaim");
        assertThat(catalog.find(HttpMethod.GET, "/api/v1/claims/{id}/history/export").orElseThrow().callers()
                .describe()).isEqualTo("AUDITOR");
    }

    /** The catalog goes most specific first, as the first rule that matches decides in the security chain. */
    @Test
    void aMoreSpecificPathComesFirst() {
        List<String> paths = catalog.endpoints().stream().map(ApiEndpoint::path).toList();
        assertThat(paths.indexOf("/api/v1/audit/public-key")).isLessThan(paths.indexOf("/api/v1/claims/{id}"));
        assertThat(paths.indexOf("/api/v1/claims/{id}/history/verify"))
                .isLessThan(paths.indexOf("/api/v1/claims/{id}"));
    }

    @Test
    void callersReadAsTheDocumentSaysThem() {
        assertThat(Callers.anySignedIn().describe()).isEqualTo("any signed-in user");
        assertThat(Callers.withRoles(List.of(UserRole.REVIEWER)).describe()).isEqualTo("REVIEWER");
        assertThat(Callers.withRoles(List.of(UserRole.AUDITOR, UserRole.ADMIN)).describe()).isEqualTo("AUDITOR or ADMIN");
        assertThat(Callers.withRoles(List.of(UserRole.CONTRIBUTOR, UserRole.REVIEWER, UserRole.EDITOR)).describe())
                .isEqualTo("CONTRIBUTOR, REVIEWER or EDITOR");
    }

    @Test
    void aHandlerWithoutItsFactsStopsTheStartNamingWhatItLacks() {
        assertThatThrownBy(() -> EndpointCatalog.of(List.of(Undeclared.class, Incomplete.class, Outside.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Undeclared.read [/api/v1/undeclared] has no @Endpoint")
                .hasMessageContaining("Incomplete.write [/api/v1/incomplete] has an @Endpoint without the users who "
                        + "may call it")
                .hasMessageContaining("a summary")
                .hasMessageContaining("Outside.page is no handler under /api/, yet has an @Endpoint");
        assertThatThrownBy(() -> EndpointCatalog.of(List.of(Twice.class)))
                .hasMessageContaining("has an operationId that another endpoint has too");
    }

    @Test
    void handlersOutsideTheApiAreLeftOut() {
        assertThat(EndpointCatalog.of(List.of(Page.class)).endpoints()).isEmpty();
    }

    @RequestMapping("/api/v1/undeclared")
    static class Undeclared {

        @GetMapping
        void read() {
        }
    }

    static class Incomplete {

        @PostMapping("/api/v1/incomplete")
        @Endpoint(servedBy = NodeRole.COMMAND, tag = ApiTag.CLAIMS, operationId = "write", summary = " ",
                description = "Writes.")
        void write() {
        }
    }

    static class Outside {

        @GetMapping("/page")
        @Endpoint(servedBy = NodeRole.COMMAND, anySignedInUser = true, tag = ApiTag.CLAIMS, operationId = "page",
                summary = "A page", description = "Not of the API.")
        void page() {
        }
    }

    static class Page {

        @GetMapping("/page")
        void page() {
        }
    }

    static class Twice {

        @GetMapping("/api/v1/one")
        @Endpoint(servedBy = NodeRole.PROJECTION, anySignedInUser = true, tag = ApiTag.CLAIMS, operationId = "same",
                summary = "One", description = "One.")
        void one() {
        }

        @GetMapping("/api/v1/two")
        @Endpoint(servedBy = NodeRole.PROJECTION, anySignedInUser = true, tag = ApiTag.CLAIMS, operationId = "same",
                summary = "Two", description = "Two.")
        void two() {
        }
    }
}
