package frontdoor.service.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the council's identity provider's claims name a user, their roles, their agency and their
 * clearances ({@code frontdoor.identity-provider.*}, docs/operations.md). The provider itself is Spring
 * Boot's: {@code spring.security.oauth2.client.registration.*} for the pages (OpenID Connect) and
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} for the API (bearer tokens).
 *
 * @param usernameClaim   the claim naming the user in the audit chain (falls back to {@code sub})
 * @param rolesClaim      the claim listing the user's groups or roles
 * @param roles           a group's value (Entra ID gives object ids) to a {@link Role}; when empty a value
 *                        names the role itself ({@code WORKER}, {@code practice_lead})
 * @param agencyClaim     the claim naming the agency the user works for
 * @param clearedForClaim the claim listing the agencies whose restricted information the user may read
 */
@ConfigurationProperties("frontdoor.identity-provider")
record IdentityProviderProperties(String usernameClaim, String rolesClaim, Map<String, Role> roles, String agencyClaim,
                                  String clearedForClaim) {

    IdentityProviderProperties {
        usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim;
        rolesClaim = rolesClaim == null ? "groups" : rolesClaim;
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        agencyClaim = agencyClaim == null ? "agency" : agencyClaim;
        clearedForClaim = clearedForClaim == null ? "cleared_for" : clearedForClaim;
    }
}
