package frontdoor.service.security;

import java.util.function.Consumer;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Asks the {@link SignInGuard} before anything else, the cache of successful logins included, so a refused
 * name is refused whatever its password; counts each wrong password and hands a lockout it starts on.
 */
class GuardedAuthenticationProvider implements AuthenticationProvider {
    private final SignInGuard guard;
    private final AuthenticationProvider delegate;
    private final Consumer<SignInGuard.Lockout> onLockout;

    GuardedAuthenticationProvider(SignInGuard guard, AuthenticationProvider delegate, Consumer<SignInGuard.Lockout> onLockout) {
        this.guard = guard;
        this.delegate = delegate;
        this.onLockout = onLockout;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String address = address(authentication);
        var refused = guard.refusedFor(name, address);
        if (refused.isPresent()) {
            throw new SignInRefusedException(refused.get());
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            guard.failed(name, address).ifPresent(onLockout);
            throw e;
        }
        if (result != null && result.isAuthenticated()) {
            guard.succeeded(name, address);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
