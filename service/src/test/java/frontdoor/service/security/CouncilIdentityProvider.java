package frontdoor.service.security;

import static org.springframework.security.config.Customizer.withDefaults;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A council's identity provider for the sign-in tests: a real Spring Authorization Server on its own port
 * (127.0.0.1, so its session cookie is not the service's on localhost). Its people carry Entra-style group
 * ids, an agency and clearances in their tokens; the client {@code frontdoor} signs people in to the pages,
 * and a client named after a person gets that person's claims in a client-credentials token for the API.
 */
public final class CouncilIdentityProvider {
    static final String WORKERS = "0b6c3a52-9f6e-4a55-9c1e-7a0c2b1f0001";
    static final String MANAGERS = "0b6c3a52-9f6e-4a55-9c1e-7a0c2b1f0002";
    static final String SECRET = "frontdoor-secret";
    /** Where the service listens, for the redirect back after sign-in (known once the service has started). */
    public static volatile int servicePort;
    private static ConfigurableApplicationContext running;

    static final Map<String, Map<String, Object>> PEOPLE = Map.of(
            "ada", Map.of("preferred_username", "ada.okafor@council.example", "groups", List.of(WORKERS, "unrelated-group"),
                    "agency", "SOCIAL_CARE"),
            "kim", Map.of("preferred_username", "kim.price@police.example", "groups", List.of(WORKERS),
                    "agency", "POLICE", "cleared_for", List.of("POLICE")),
            "mo", Map.of("preferred_username", "mo.said@council.example", "groups", List.of(MANAGERS)));

    private CouncilIdentityProvider() {
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Server.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.config.name=council-identity-provider",
                        "spring.main.banner-mode=off", "management.endpoints.enabled-by-default=false",
                        "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration,"
                                + "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration,"
                                + "org.springframework.boot.autoconfigure.data.jdbc.JdbcRepositoriesAutoConfiguration")
                .run();
    }

    /**
     * Points the service's sign-in at the provider (its client, its issuer, its groups to roles), starting it
     * the first time; one provider serves every test class and stops when the tests' JVM does.
     */
    public static synchronized void startFor(DynamicPropertyRegistry registry) {
        if (running == null) {
            running = start();
        }
        String issuer = issuer();
        registry.add("spring.security.oauth2.client.provider.council.issuer-uri", () -> issuer);
        registry.add("spring.security.oauth2.client.registration.council.client-id", () -> "frontdoor");
        registry.add("spring.security.oauth2.client.registration.council.client-secret", () -> SECRET);
        registry.add("spring.security.oauth2.client.registration.council.scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
        registry.add("frontdoor.identity-provider.roles." + WORKERS, () -> "WORKER");
        registry.add("frontdoor.identity-provider.roles." + MANAGERS, () -> "MANAGER");
    }

    static String issuer() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) running).getWebServer().getPort();
    }

    @EnableAutoConfiguration
    static class Server {
        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            return http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(withDefaults()))
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(withDefaults()).build();
        }

        @Bean
        InMemoryUserDetailsManager people() {
            return new InMemoryUserDetailsManager(PEOPLE.keySet().stream()
                    .map(name -> User.withUsername(name).password("{noop}council").roles("STAFF").build()).toList());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient client) {
                    // the clients are fixed (the server offers to re-encode their {noop} secrets: declined)
                }

                @Override
                public RegisteredClient findById(String id) {
                    return findByClientId(id);
                }

                @Override
                public RegisteredClient findByClientId(String id) {
                    if (id.equals("frontdoor")) {
                        return client(id).authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                                .redirectUri("http://localhost:" + servicePort + "/login/oauth2/code/council")
                                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).build();
                    }
                    return PEOPLE.containsKey(id) ? client(id).authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build() : null;
                }
            };
        }

        private static RegisteredClient.Builder client(String id) {
            return RegisteredClient.withId(id).clientId(id).clientSecret("{noop}" + SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build());
        }

        /** The person's claims in both the ID token and the access token. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> PEOPLE.getOrDefault(context.getPrincipal().getName(), Map.of())
                    .forEach((claim, value) -> context.getClaims().claim(claim, value));
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
