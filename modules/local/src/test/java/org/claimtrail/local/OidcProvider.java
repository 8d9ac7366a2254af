package org.claimtrail.local;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A real OpenID Connect provider in the test JVM: Spring Authorization Server on a port of its own, with its own
 * sign-in form, at {@code 127.0.0.1} so that its session cookie is not the console's (a cookie names a host, not a
 * port). It puts the claimtrail roles of each user, or of each client's own tokens, into
 * {@code resource_access.claimtrail.roles} as Keycloak does (infra/keycloak/), and a {@code preferred_username} that
 * is not the subject, so that a test can tell which claim names the user.
 */
final class OidcProvider implements AutoCloseable {

    static final String CLIENT = "claimtrail";
    static final String SECRET = "claimtrail-test-secret";
    private static final String CLAIMS = "claimtrail.test.claims";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A person who signs in on the provider's form; their tokens carry these claimtrail roles and claims. */
    record Person(String username, String password, List<String> roles, Map<String, Object> claims) {
        String preferredUsername() {
            return username + "@newsroom.example";
        }
    }

    private final ConfigurableApplicationContext context;
    private final InMemoryRegisteredClientRepository clients;
    private final HttpClient http = HttpClient.newHttpClient();

    private OidcProvider(ConfigurableApplicationContext context) {
        this.context = context;
        this.clients = context.getBean(InMemoryRegisteredClientRepository.class);
    }

    /** Starts with these people and {@code machines}: clients that get tokens of their own (client credentials). */
    static OidcProvider start(List<Person> people, List<RegisteredClient> machines) {
        return new OidcProvider(new SpringApplicationBuilder(Provider.class)
                .web(WebApplicationType.SERVLET)
                // Not the server's application.yml: this is another application.
                .properties("spring.config.name=oidc-provider", "spring.main.banner-mode=off")
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("people", new People(people));
                    context.getBeanFactory().registerSingleton("registeredClients",
                            new InMemoryRegisteredClientRepository(machines));
                })
                .registerShutdownHook(false)
                .run());
    }

    String issuer() {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** Registers claimtrail's console, whose address is known once it runs: the provider redirects only there. */
    void registerConsole(String consoleUrl, String registrationId) {
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT)
                .clientSecret("{noop}" + SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(consoleUrl + "/login/oauth2/code/" + registrationId)
                .postLogoutRedirectUri(consoleUrl + "/login?signedOut")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    /** A client that gets tokens for itself, carrying {@code claims} (an audience, roles, a user name). */
    static RegisteredClient machine(String clientId, Map<String, Object> claims) {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientSecret("{noop}" + clientId + "-secret")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder().setting(CLAIMS, Map.copyOf(claims)).build())
                .build();
    }

    /** An access token that {@code clientId} gets for itself from the token endpoint, as any client would. */
    String clientCredentialsToken(String clientId) {
        String credentials = Base64.getEncoder().encodeToString(
                (clientId + ":" + clientId + "-secret").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The provider answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    /** The provider's people, by username. */
    record People(Map<String, Person> byName) {
        People(List<Person> people) {
            this(people.stream().collect(Collectors.toMap(Person::username, p -> p)));
        }
    }

    /** A new 2048-bit RSA key pair, as the provider signs with; tests that sign their own tokens use it too. */
    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Provider {

        /** No Spring MVC: the provider is filters only, so Tomcat's default servlet is what they stand in front of. */
        @Bean
        TomcatServletWebServerFactory webServer() {
            TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory(0);
            tomcat.setRegisterDefaultServlet(true);
            return tomcat;
        }

        /** The authorization server's endpoints; a browser that is not signed in is sent to the form. */
        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        /** Spring Security's own sign-in form, which the browser test fills in. */
        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        UserDetailsService users(People people) {
            return new InMemoryUserDetailsManager(people.byName().values().stream()
                    .map(person -> User.withUsername(person.username()).password("{noop}" + person.password()).build())
                    .toList());
        }

        /**
         * A person's roles and claims go into their ID and access tokens, a client's own claims into the tokens it
         * gets for itself.
         */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claimtrailClaims(People people) {
            return context -> {
                Authentication principal = context.getPrincipal();
                Person person = people.byName().get(principal.getName());
                Map<String, Object> claims = new LinkedHashMap<>();
                if (person != null && AuthorizationGrantType.AUTHORIZATION_CODE.equals(context.getAuthorizationGrantType())) {
                    claims.put("preferred_username", person.preferredUsername());
                    claims.put("resource_access", Map.of(CLIENT, Map.of("roles", person.roles())));
                    claims.putAll(person.claims());
                } else if (context.getRegisteredClient().getClientSettings().getSetting(CLAIMS)
                        instanceof Map<?, ?> own) {
                    own.forEach((name, value) -> claims.put((String) name, value));
                }
                context.getClaims().claims(all -> all.putAll(claims));
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() {
            KeyPair pair = rsa();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** For the user-info endpoint, which takes the access tokens this provider issued. */
        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

    }
}
