package frontdoor.service.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

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
    /** Swagger UI (not a page of the product) adds a {@code <style>} element: allowed there alone; its scripts are files. */
    static final String SWAGGER_POLICY = PAGES_POLICY.replace("style-src-elem 'self'", "style-src-elem 'self' 'unsafe-inline'");
    private static final RequestMatcher SWAGGER_UI = r -> r.getRequestURI().startsWith(r.getContextPath() + "/swagger-ui");
    /**
     * The DMN editor page (practice leads, a draft's model and nothing of a referral) runs the KIE DMN editor,
     * which writes its own frame with inline scripts and styles, evaluates code and starts workers: allowed there alone.
     */
    static final String EDITOR_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' data: blob:; worker-src 'self' blob:; "
            + "frame-src 'self' blob: data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    private static final RequestMatcher EDITOR = r -> {
        String path = r.getRequestURI().substring(r.getContextPath().length());
        return path.startsWith("/editor/") || path.matches("/policy/drafts/[^/]+/editor");
    };
    private static final RequestMatcher OWN_PAGES = new NegatedRequestMatcher(new OrRequestMatcher(SWAGGER_UI, EDITOR));

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> pages() {
        return h -> common(h)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI, new ContentSecurityPolicyHeaderWriter(SWAGGER_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(EDITOR, new ContentSecurityPolicyHeaderWriter(EDITOR_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(OWN_PAGES, new ContentSecurityPolicyHeaderWriter(PAGES_POLICY)));
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return h -> common(h).contentSecurityPolicy(c -> c.policyDirectives(API_POLICY));
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> h) {
        return h.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"));
    }
}
