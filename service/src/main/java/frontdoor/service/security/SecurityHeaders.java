package frontdoor.service.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The security headers on every answer, besides Spring Security's defaults (no sniffing, no framing, no
 * caching, HSTS over HTTPS). The pages' Content-Security-Policy allows scripts and stylesheets from the
 * service alone: no inline script and no {@code <style>} element; only the {@code style} attribute is
 * allowed inline (the plan's timeline places its blocks with it, ECharts draws with it).
 */
final class SecurityHeaders {
    static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-elem 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> pages() {
        return with(PAGES_POLICY);
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return with(API_POLICY);
    }

    private static Customizer<HeadersConfigurer<HttpSecurity>> with(String policy) {
        return h -> h.contentSecurityPolicy(c -> c.policyDirectives(policy))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"));
    }
}
