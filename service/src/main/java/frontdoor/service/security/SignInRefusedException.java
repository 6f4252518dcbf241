package frontdoor.service.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked because its user name has failed too often from its address lately. */
class SignInRefusedException extends AuthenticationException {
    private final Duration retryAfter;

    SignInRefusedException(Duration retryAfter) {
        super("Too many failed sign-ins for this user name from this address");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until a sign-in is checked again (at least 1). */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Whole minutes until then, rounded up, for people. */
    long retryAfterMinutes() {
        return (retryAfterSeconds() + 59) / 60;
    }
}
