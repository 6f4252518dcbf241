package frontdoor.service.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the council's identity provider, when one is configured: bearer tokens (JWT) on the API
 * and OpenID Connect on the pages, each beside the configured users' passwords, which keep working as
 * before (the password sign-in stays the parent of the provider's). With no provider configured nothing
 * here changes the sign-in.
 */
@Component("identityProvider")
public class IdentityProvider {
    static final String ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String KEYS = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    static final String AUDIENCES = "spring.security.oauth2.resourceserver.jwt.audiences";

    private final StaffClaims claims;
    private final Environment environment;
    private final String signInPath;

    IdentityProvider(IdentityProviderProperties properties, Environment environment,
                     ClientRegistrationRepository registrations) {
        this.claims = new StaffClaims(properties);
        this.environment = environment;
        this.signInPath = registrations instanceof Iterable<?> all && all.iterator().hasNext()
                && all.iterator().next() instanceof ClientRegistration first ? "/oauth2/authorization/" + first.getRegistrationId() : null;
    }

    /** Where the sign-in page's "Sign in with your council account" goes; null when no provider is configured. */
    public String signInPath() {
        return signInPath;
    }

    /** The API: a bearer token from the provider, its claims giving the user's name, roles, agency and clearances. */
    AuthenticationManager api(HttpSecurity http, AuthenticationManager passwords) throws Exception {
        JwtDecoder decoder = decoder();
        if (decoder == null) {
            return passwords;
        }
        JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
        tokens.setJwtAuthenticationConverter(this::token);
        http.oauth2ResourceServer(o -> o.authenticationEntryPoint(SignInRefusals.api()).jwt(j -> j.decoder(decoder)));
        return new ProviderManager(List.<AuthenticationProvider>of(tokens), passwords);
    }

    /** The pages: "Sign in with your council account" beside the sign-in form. */
    AuthenticationManager pages(HttpSecurity http, AuthenticationManager passwords) throws Exception {
        if (signInPath == null) {
            return passwords;
        }
        OAuth2UserService<OidcUserRequest, OidcUser> users = oidcUsers();
        http.oauth2Login(o -> o.loginPage("/login").defaultSuccessUrl("/", false)
                .failureUrl("/login?providerError").userInfoEndpoint(u -> u.oidcUserService(users)));
        return new ProviderManager(List.<AuthenticationProvider>of(
                new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(), users)), passwords);
    }

    private JwtDecoder decoder() {
        String issuer = environment.getProperty(ISSUER);
        String keys = environment.getProperty(KEYS);
        if (issuer == null && keys == null) {
            return null;
        }
        List<String> audiences = List.of(environment.getProperty(AUDIENCES, String[].class, new String[0]));
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = keys != null ? NimbusJwtDecoder.withJwkSetUri(keys).build() : NimbusJwtDecoder.withIssuerLocation(issuer).build();
            var validator = issuer != null ? JwtValidators.createDefaultWithIssuer(issuer) : JwtValidators.createDefault();
            decoder.setJwtValidator(audiences.isEmpty() ? validator : new DelegatingOAuth2TokenValidator<>(validator,
                    new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.stream().anyMatch(audiences::contains))));
            return decoder;
        });
    }

    private JwtAuthenticationToken token(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, claims.authorities(jwt.getClaims()), jwt.getClaimAsString(claims.usernameClaim(jwt.getClaims())));
    }

    private OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers() {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser user = provider.loadUser(request);
            Map<String, Object> all = new HashMap<>(user.getAttributes());
            return new DefaultOidcUser(claims.authorities(all), user.getIdToken(), user.getUserInfo(), claims.usernameClaim(all));
        };
    }
}
