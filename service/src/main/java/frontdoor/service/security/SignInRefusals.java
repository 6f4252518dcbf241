package frontdoor.service.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * How a refused sign-in is answered. The API: 429 {@code application/problem+json} with {@code Retry-After}
 * for a name refused a while ({@link SignInRefusedException}), otherwise 401 asking for HTTP Basic. The
 * sign-in form: back to {@code /login?locked=MINUTES} or {@code /login?error}.
 */
final class SignInRefusals {
    private SignInRefusals() {
    }

    static AuthenticationEntryPoint api() {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Frontdoor");
        basic.afterPropertiesSet();
        return (request, response, e) -> {
            if (e instanceof SignInRefusedException refused) {
                tooMany(response, refused);
            } else {
                basic.commence(request, response, e);
            }
        };
    }

    static AuthenticationFailureHandler form() {
        SimpleUrlAuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            if (e instanceof SignInRefusedException refused) {
                response.sendRedirect(request.getContextPath() + "/login?locked=" + refused.retryAfterMinutes());
            } else {
                wrong.onAuthenticationFailure(request, response, e);
            }
        };
    }

    private static void tooMany(HttpServletResponse response, SignInRefusedException refused) throws IOException {
        long seconds = refused.retryAfterSeconds();
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"Too many failed sign-ins for this user name from this address: try again in " + seconds
                + " seconds\",\"retryAfterSeconds\":" + seconds + "}");
    }
}
