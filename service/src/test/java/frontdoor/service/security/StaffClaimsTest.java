package frontdoor.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

/** The identity provider's claims as roles, agency and clearances; anything unknown grants nothing. */
class StaffClaimsTest {

    static List<String> granted(IdentityProviderProperties properties, Map<String, Object> claims) {
        return new StaffClaims(properties).authorities(claims).stream().map(GrantedAuthority::getAuthority).sorted().toList();
    }

    static IdentityProviderProperties defaults(Map<String, Role> roles) {
        return new IdentityProviderProperties(null, null, roles, null, null);
    }

    @Test
    void mappedGroupIdsGiveRolesAndUnmappedOnesNothing() {
        assertThat(granted(defaults(Map.of("g-1", Role.WORKER, "g-2", Role.AUDITOR)),
                Map.of("groups", List.of("g-1", "g-2", "g-3", "WORKER", "MANAGER"), "agency", "social_care", "cleared_for", "POLICE,HEALTH,NOWHERE")))
                .containsExactly("AGENCY_SOCIAL_CARE", "CLEARED_FOR_HEALTH", "CLEARED_FOR_POLICE", "ROLE_AUDITOR", "ROLE_WORKER");
    }

    @Test
    void withoutAMappingAValueNamesTheRoleAndOtherClaimsCanBeNamed() {
        IdentityProviderProperties entraAppRoles = new IdentityProviderProperties("upn", "roles", Map.of(), "extension_agency", "extension_cleared");
        assertThat(granted(entraAppRoles, Map.of("roles", List.of("practice_lead", "ADMIN"), "groups", List.of("MANAGER"),
                "extension_agency", List.of("POLICE"), "agency", "HEALTH")))
                .containsExactly("AGENCY_POLICE", "ROLE_PRACTICE_LEAD");
        assertThat(new StaffClaims(entraAppRoles).usernameClaim(Map.of("upn", "a@b", "sub", "x"))).isEqualTo("upn");
        assertThat(new StaffClaims(entraAppRoles).usernameClaim(Map.of("sub", "x"))).isEqualTo("sub");
    }

    @Test
    void noClaimsNoAuthorities() {
        assertThat(granted(defaults(Map.of()), Map.of("sub", "x"))).isEmpty();
    }
}
