package frontdoor.service.security;

import frontdoor.rules.Agency;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Who a signed-in user is beyond their roles: the agency they work for and the agencies whose restricted
 * information they are cleared to read, from {@code frontdoor.users.*} (docs/operations.md), or for a
 * user signed in through the council's identity provider from the claims of their sign-in ({@link StaffClaims}).
 */
@Component
public class StaffDirectory {
    private final UsersProperties properties;

    StaffDirectory(UsersProperties properties) {
        this.properties = properties;
    }

    /** The agency the user works for; empty when none is configured. */
    public Optional<Agency> agency(String user) {
        UsersProperties.User u = properties.users().get(user);
        if (u != null) {
            return Optional.ofNullable(u.agency());
        }
        return signedIn(user).flatMap(StaffClaims::agency);
    }

    /** The agencies whose restricted information the user may read; empty for an unknown user. */
    public Set<Agency> clearedFor(String user) {
        UsersProperties.User u = properties.users().get(user);
        if (u != null) {
            return u.clearedFor();
        }
        return signedIn(user).map(StaffClaims::clearedFor).orElse(Set.of());
    }

    /** The sign-in of the request being answered, if it is this user's through the identity provider. */
    private static Optional<Authentication> signedIn(String user) {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(a -> a.getPrincipal() instanceof Jwt || a.getPrincipal() instanceof OidcUser)
                .filter(a -> a.getName().equals(user));
    }

    public boolean isClearedFor(String user, Agency agency) {
        return clearedFor(user).contains(agency);
    }
}
