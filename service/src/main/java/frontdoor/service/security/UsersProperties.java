package frontdoor.service.security;

import frontdoor.rules.Agency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users from configuration: {@code frontdoor.users.<name>.password} is a hash with its encoder's prefix
 * ({@code {bcrypt}$2a$10$...}), {@code frontdoor.users.<name>.roles} one or more of {@link Role},
 * {@code frontdoor.users.<name>.agency} the agency the user works for, and
 * {@code frontdoor.users.<name>.cleared-for} the agencies whose restricted information the user may read
 * (none unless given).
 */
@ConfigurationProperties("frontdoor")
record UsersProperties(Map<String, User> users) {

    UsersProperties {
        users = users == null ? Map.of() : users;
    }

    record User(String password, List<Role> roles, Agency agency, Set<Agency> clearedFor) {
        User {
            roles = roles == null ? List.of() : roles;
            clearedFor = clearedFor == null ? Set.of() : Set.copyOf(clearedFor);
        }
    }
}
