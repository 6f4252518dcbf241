package frontdoor.service.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users from configuration: {@code frontdoor.users.<name>.password} is a hash with its encoder's prefix
 * ({@code {bcrypt}$2a$10$...}), {@code frontdoor.users.<name>.roles} one or more of {@link Role}.
 */
@ConfigurationProperties("frontdoor")
record UsersProperties(Map<String, User> users) {

    UsersProperties {
        users = users == null ? Map.of() : users;
    }

    record User(String password, List<Role> roles) {
    }
}
