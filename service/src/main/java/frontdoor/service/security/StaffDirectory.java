package frontdoor.service.security;

import frontdoor.rules.Agency;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who a signed-in user is beyond their roles: the agency they work for and the agencies whose restricted
 * information they are cleared to read, from {@code frontdoor.users.*} (docs/operations.md).
 */
@Component
public class StaffDirectory {
    private final UsersProperties properties;

    StaffDirectory(UsersProperties properties) {
        this.properties = properties;
    }

    /** The agency the user works for; empty when none is configured. */
    public Optional<Agency> agency(String user) {
        return Optional.ofNullable(properties.users().get(user)).map(UsersProperties.User::agency);
    }

    /** The agencies whose restricted information the user may read; empty for an unknown user. */
    public Set<Agency> clearedFor(String user) {
        UsersProperties.User u = properties.users().get(user);
        return u == null ? Set.of() : u.clearedFor();
    }

    public boolean isClearedFor(String user, Agency agency) {
        return clearedFor(user).contains(agency);
    }
}
