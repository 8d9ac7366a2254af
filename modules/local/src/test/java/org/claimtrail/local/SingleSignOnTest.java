package org.claimtrail.local;

import org.claimtrail.local.console.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on with a real OpenID Connect provider ({@link OidcProvider}): people sign in to the console through
 * the provider's own form and get the roles of its client-scoped claim; machines call the API with access tokens the
 * provider issued them. The user recorded in events is the configured claim, here {@code preferred_username}, not
 * the subject. Local accounts stay beside it. On a stack of its own, configured as an operator would
 * (docs/configuration.md#single-sign-on).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String REGISTRATION = "newsroom";
    private static final String REBUILD = "form[action$='/admin/rebuild'] button";

    private OidcProvider provider;
    private LocalStack stack;
    private RawHttp http;
    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeAll
    void start() {
        provider = OidcProvider.start(List.of(
                        new OidcProvider.Person("rita", "rita-password", List.of("REVIEWER"), Map.of()),
                        // An issuer-wide administrator who holds no claimtrail role.
                        new OidcProvider.Person("omar", "omar-password", List.of(),
                                Map.of("realm_access", Map.of("roles", List.of("admin", "ADMIN"))))),
                List.of(OidcProvider.machine("newsroom-bot", Map.of("aud", List.of(OidcProvider.CLIENT),
                                "preferred_username", "newsroom-bot",
                                "resource_access", Map.of(OidcProvider.CLIENT, Map.of("roles", List.of("CONTRIBUTOR"))))),
                        OidcProvider.machine("realm-admin-bot", Map.of("aud", List.of(OidcProvider.CLIENT),
                                "preferred_username", "realm-admin-bot",
                                "realm_access", Map.of("roles", List.of("admin", "ADMIN")),
                                "resource_access", Map.of("other-app", Map.of("roles", List.of("ADMIN"))))),
                        // Its tokens are for itself (aud other-app), though they name claimtrail roles.
                        OidcProvider.machine("other-app", Map.of("preferred_username", "other-app",
                                "resource_access", Map.of(OidcProvider.CLIENT, Map.of("roles", List.of("ADMIN")))))));
        String registration = "spring.security.oauth2.client.registration." + REGISTRATION + ".";
        Map<String, String> properties = Map.of(
                registration + "client-id", OidcProvider.CLIENT,
                registration + "client-secret", OidcProvider.SECRET,
                registration + "client-name", "Newsroom ID",
                registration + "scope", "openid,profile",
                "spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri", provider.issuer(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", provider.issuer(),
                "spring.security.oauth2.resourceserver.jwt.audiences", OidcProvider.CLIENT,
                "claimtrail.security.jwt.username-claim", "preferred_username");
        // System properties rank above the local stack's own: they are how a test configures the server beyond it.
        properties.forEach(System::setProperty);
        try {
            stack = LocalStack.start(SharedLocalStack.freshSettings());
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
        provider.registerConsole(stack.httpUrl(), REGISTRATION);
        http = new RawHttp(stack);
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
        browsers.clear();
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aReviewerSignsInThroughTheProviderAndTheVerdictNamesThem() {
        String claim = proposeWithToken("Proposed by a machine with its own token.");

        WebDriver rita = signIn("rita", "rita-password");
        assertThat(rita.findElement(By.id("viewer-name")).getText()).isEqualTo("rita@newsroom.example");
        assertThat(rita.findElement(By.tagName("header")).getText()).contains("(reviewer)");

        rita.get(stack.httpUrl() + "/claims/" + claim);
        rita.findElement(By.cssSelector("input[name=verdict][value=DISPUTE]")).click();
        rita.findElement(By.id("rationale")).sendKeys("Signed in with the newsroom's provider.");
        rita.findElement(By.cssSelector("#verdict-form button[type=submit]")).click();
        new WebDriverWait(rita, WAIT).withMessage(() -> rita.findElement(By.id("main")).getText())
                .until(d -> !d.findElements(By.cssSelector("[role=status]")).isEmpty()
                        || !d.findElements(By.id("problem")).isEmpty());
        assertThat(rita.findElements(By.id("problem"))).as("the verdict is refused").isEmpty();
        assertThat(rita.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Your verdict is recorded.");

        RawHttp.Answer history = http.get("/api/v1/claims/" + claim + "/history").as("auditor").send();
        assertThat(history.json().findValuesAsString("actor")).containsExactly("newsroom-bot", "rita@newsroom.example");

        // Signing out ends the provider's session too: the next sign-in asks for the password again.
        rita.findElement(By.cssSelector("form.signout button")).click();
        new WebDriverWait(rita, WAIT).withMessage(rita::getCurrentUrl)
                .until(d -> d.getCurrentUrl().equals(stack.httpUrl() + "/login?signedOut"));
        rita.findElement(By.linkText("Sign in with Newsroom ID")).click();
        new WebDriverWait(rita, WAIT).until(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/login"));
        assertThat(rita.findElements(By.id("password"))).hasSize(1);
    }

    @Test
    void anIssuerWideAdminWithoutAClaimtrailRoleGetsNoRole() {
        WebDriver omar = signIn("omar", "omar-password");
        assertThat(omar.findElement(By.id("viewer-name")).getText()).isEqualTo("omar@newsroom.example");
        assertThat(omar.findElements(By.cssSelector("header a[href='/admin']"))).isEmpty();
        omar.get(stack.httpUrl() + "/admin");
        assertThat(omar.findElements(By.cssSelector(REBUILD))).as("the admin page is refused").isEmpty();
    }

    @Test
    void localAccountsStayBesideTheProvider() {
        WebDriver browser = browser();
        browser.get(stack.httpUrl() + "/login");
        assertThat(browser.findElement(By.id("providers")).getText()).isEqualTo("Sign in with Newsroom ID");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(SharedLocalStack.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(d -> !d.findElements(By.id("viewer-name")).isEmpty());
        assertThat(browser.findElement(By.id("viewer-name")).getText()).isEqualTo("admin");
        browser.get(stack.httpUrl() + "/admin");
        assertThat(browser.findElements(By.cssSelector(REBUILD))).hasSize(1);
    }

    @Test
    void machinesUseTheProvidersTokensMeantForClaimtrail() {
        proposeWithToken("A machine's token for claimtrail proposes.");

        // The realm-wide admin role, and another client's ADMIN role, are no claimtrail role.
        String realmAdmin = provider.clientCredentialsToken("realm-admin-bot");
        assertThat(http.get("/api/v1/claims").bearer(realmAdmin).send().status()).isEqualTo(200);
        http.post("/api/v1/admin/projections/claims/rebuild", "{}").bearer(realmAdmin).send().assertProblem(403);
        http.get("/api/v1/admin/projections").bearer(realmAdmin).send().assertProblem(403);

        // A token of the same provider for another application is no token for claimtrail.
        String otherApp = provider.clientCredentialsToken("other-app");
        http.get("/api/v1/claims").bearer(otherApp).send().assertProblem(401);
        http.post("/api/v1/admin/projections/claims/rebuild", "{}").bearer(otherApp).send().assertProblem(401);
    }

    private String proposeWithToken(String statement) {
        RawHttp.Answer proposed = http.post("/api/v1/claims", RawHttp.proposal(statement, null))
                .bearer(provider.clientCredentialsToken("newsroom-bot")).send();
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().get("proposedBy").asString()).isEqualTo("newsroom-bot");
        return proposed.json().get("id").asString();
    }

    /** Through the console's "Sign in with" link and the provider's own form, back to the console. */
    private WebDriver signIn(String username, String password) {
        WebDriver browser = browser();
        browser.get(stack.httpUrl() + "/login");
        browser.findElement(By.linkText("Sign in with Newsroom ID")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).withMessage(() -> browser.getCurrentUrl() + "\n" + browser.getPageSource())
                .until(d -> !d.findElements(By.id("viewer-name")).isEmpty());
        assertThat(browser.getCurrentUrl()).startsWith(stack.httpUrl());
        return browser;
    }

    private WebDriver browser() {
        WebDriver browser = Chromium.start();
        browsers.add(browser);
        return browser;
    }
}
