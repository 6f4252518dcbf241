package frontdoor.service.security;

import static frontdoor.service.security.Role.AUDITOR;
import static frontdoor.service.security.Role.MANAGER;
import static frontdoor.service.security.Role.PRACTICE_LEAD;
import static frontdoor.service.security.Role.WORKER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what. The API and the actuator take HTTP Basic (no session, so no CSRF token); web pages
 * take a login form. With the council's identity provider configured ({@link IdentityProvider}) the API
 * also takes its bearer tokens and the pages its OpenID Connect sign-in. Every API route is named here, anything else under {@code /api} is refused.
 */
@Configuration
@EnableConfigurationProperties({UsersProperties.class, IdentityProviderProperties.class})
class SecurityConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager, IdentityProvider provider) throws Exception {
        return http.authenticationManager(provider.api(http, manager)).securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(POST, "/api/v1/referrals").hasAnyRole(names(WORKER, PRACTICE_LEAD, MANAGER))
                        .requestMatchers(GET, "/api/v1/referrals").hasAnyRole(names(WORKER, PRACTICE_LEAD, MANAGER))
                        .requestMatchers(GET, "/api/v1/referrals/*").hasAnyRole(names(WORKER, PRACTICE_LEAD, MANAGER, AUDITOR))
                        // the decision is a social-care worker's: the others get a 403 saying why (frontdoor.service.decision.WhoDecides)
                        .requestMatchers(POST, "/api/v1/referrals/*/decision").hasAnyRole(names(WORKER, PRACTICE_LEAD, MANAGER))
                        .requestMatchers(POST, "/api/v1/referrals/*/decision/amendments", "/api/v1/referrals/*/decision/sign-off")
                        .hasRole(MANAGER.name())
                        .requestMatchers(GET, "/api/v1/sign-offs").hasRole(MANAGER.name())
                        .requestMatchers(GET, "/api/v1/referrals/*/checks", "/api/v1/referrals/*/revisions", "/api/v1/referrals/*/what-would-change")
                        .hasAnyRole(names(WORKER, PRACTICE_LEAD, MANAGER, AUDITOR))
                        // what an agency found is recorded by a worker (the agency's checker or the MASH worker taking the call)
                        .requestMatchers(POST, "/api/v1/referrals/*/checks/*/result", "/api/v1/referrals/*/information",
                                "/api/v1/referrals/*/consent").hasRole(WORKER.name())
                        .requestMatchers(GET, "/api/v1/audit", "/api/v1/audit/verify").hasRole(AUDITOR.name())
                        .requestMatchers(GET, "/api/v1/dashboard").hasAnyRole(names(MANAGER, AUDITOR, PRACTICE_LEAD))
                        // The daily allocation plan (frontdoor.service.allocation): the manager's tool
                        .requestMatchers("/api/v1/roster", "/api/v1/roster/*", "/api/v1/plans", "/api/v1/plans/*",
                                "/api/v1/plans/*/changes", "/api/v1/plans/*/analysis").hasRole(MANAGER.name())
                        // Policy versions (frontdoor.service.policy): the practice lead's
                        .requestMatchers("/api/v1/policy", "/api/v1/policy/drafts", "/api/v1/policy/drafts/*/files/*",
                                "/api/v1/policy/drafts/*/files/cases/*", "/api/v1/policy/versions/*/files/*",
                                "/api/v1/policy/versions/*/files/cases/*", "/api/v1/policy/drafts/*/checks",
                                "/api/v1/policy/drafts/*/approve", "/api/v1/policy/drafts/*/publish",
                                "/api/v1/policy/drafts/*/impact", "/api/v1/policy/drafts/*/changes", "/api/v1/policy/drafts/*/shadow",
                                "/api/v1/policy/versions/*/publish").hasRole(PRACTICE_LEAD.name())
                        .requestMatchers(GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers(GET, "/actuator/prometheus").hasAnyRole(names(MANAGER, AUDITOR))
                        .anyRequest().denyAll())
                .httpBasic(b -> b.authenticationEntryPoint(SignInRefusals.api()))
                .headers(SecurityHeaders.api())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no session, so nothing to sign out of and no request to resume after a sign-in: two filters less per call
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .build();
    }

    /**
     * The pages: a sign-in form and a session, CSRF tokens on every form, sign-out by POST. Each page is
     * named with the roles it is for; a page of another role answers 403 (the GOV.UK-style error page).
     */
    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager manager, IdentityProvider provider) throws Exception {
        return http.authenticationManager(provider.pages(http, manager)).authorizeHttpRequests(a -> a
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**", "/login", "/error",
                                "/webjars/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/referrals/new").hasRole(WORKER.name())
                        .requestMatchers(GET, "/referrals", "/referrals/*").hasAnyRole(names(WORKER, PRACTICE_LEAD, MANAGER))
                        .requestMatchers(POST, "/referrals/*/decision").hasAnyRole(names(WORKER, PRACTICE_LEAD, MANAGER))
                        // what an agency found, as for the API: recorded by a worker
                        .requestMatchers("/referrals/*/checks/*/result", "/referrals/*/information", "/referrals/*/consent").hasRole(WORKER.name())
                        .requestMatchers(POST, "/referrals/*/decision/sign-off").hasRole(MANAGER.name())
                        .requestMatchers("/sign-offs").hasRole(MANAGER.name())
                        // The other roles' pages (the product's page table), refused to the rest before they are built
                        .requestMatchers("/policy/drafts", "/policy/drafts/**", "/policy/versions/**", "/editor/**").hasRole(PRACTICE_LEAD.name())
                        .requestMatchers("/policy", "/policy/**").hasAnyRole(names(WORKER, PRACTICE_LEAD, MANAGER))
                        .requestMatchers("/plans", "/plans/**", "/roster", "/roster/**").hasRole(MANAGER.name())
                        .requestMatchers("/dashboard", "/dashboard/**").hasAnyRole(names(MANAGER, AUDITOR, PRACTICE_LEAD))
                        .requestMatchers("/audit", "/audit/**").hasRole(AUDITOR.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(SignInRefusals.form()).permitAll())
                .headers(SecurityHeaders.pages())
                .logout(l -> l.logoutSuccessUrl("/login?signedOut"))
                .build();
    }

    /**
     * Spring Security observes nothing (the HTTP server's timer covers every request): without this it still
     * wraps every filter, the authentication and the authorization in an observation, off or not.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    InMemoryUserDetailsManager users(UsersProperties properties) {
        if (properties.users().isEmpty()) {
            LOG.warn("No users are configured: set frontdoor.users.* (docs/operations.md) or start with the demo profile");
        }
        List<UserDetails> users = properties.users().entrySet().stream()
                .map(e -> User.withUsername(e.getKey()).password(e.getValue().password())
                        .roles(e.getValue().roles().stream().map(Role::name).toArray(String[]::new)).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(InMemoryUserDetailsManager users, PasswordEncoder encoder, SignInGuard guard,
                                                LockoutRecorder lockouts) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        // the guard first: a name refused a while is refused even with a password the cache knows
        return new ProviderManager(new GuardedAuthenticationProvider(guard, new CachingAuthenticationProvider(dao, Duration.ofMinutes(5)), lockouts));
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
