package frontdoor.service.security;

import frontdoor.rules.Agency;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in user's claims from the identity provider as authorities: {@code ROLE_WORKER} for a role,
 * {@code AGENCY_POLICE} for the agency they work for, {@code CLEARED_FOR_POLICE} for a clearance. They
 * travel with the sign-in (a bearer token or the page session), so {@link StaffDirectory} can read them.
 * A value matching no role or agency gives nothing: an unknown group never grants anything.
 */
final class StaffClaims {
    static final String AGENCY = "AGENCY_";
    static final String CLEARED_FOR = "CLEARED_FOR_";

    private final IdentityProviderProperties properties;

    StaffClaims(IdentityProviderProperties properties) {
        this.properties = properties;
    }

    /** The claim naming the user if the claims have it, else the subject's. */
    String usernameClaim(Map<String, Object> claims) {
        return claims.get(properties.usernameClaim()) instanceof String ? properties.usernameClaim() : "sub";
    }

    Set<GrantedAuthority> authorities(Map<String, Object> claims) {
        Set<GrantedAuthority> granted = new LinkedHashSet<>();
        values(claims.get(properties.rolesClaim())).map(this::role).flatMap(Optional::stream)
                .forEach(r -> granted.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        values(claims.get(properties.agencyClaim())).limit(1).map(StaffClaims::agency).flatMap(Optional::stream)
                .forEach(a -> granted.add(new SimpleGrantedAuthority(AGENCY + a.name())));
        values(claims.get(properties.clearedForClaim())).map(StaffClaims::agency).flatMap(Optional::stream)
                .forEach(a -> granted.add(new SimpleGrantedAuthority(CLEARED_FOR + a.name())));
        return granted;
    }

    /** The agency, from a sign-in through the identity provider; empty for anyone else. */
    static Optional<Agency> agency(Authentication signedIn) {
        return agencies(signedIn, AGENCY).stream().findFirst();
    }

    static Set<Agency> clearedFor(Authentication signedIn) {
        return agencies(signedIn, CLEARED_FOR);
    }

    private static Set<Agency> agencies(Authentication signedIn, String prefix) {
        return signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith(prefix))
                .map(a -> a.substring(prefix.length())).map(StaffClaims::agency).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    private Optional<Role> role(String value) {
        if (!properties.roles().isEmpty()) {
            return Optional.ofNullable(properties.roles().get(value));
        }
        return Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(value)).findFirst();
    }

    private static Optional<Agency> agency(String value) {
        return Arrays.stream(Agency.values()).filter(a -> a.name().equals(value.toUpperCase(Locale.ROOT))).findFirst();
    }

    /** A claim's values: a list, or one string (some providers give a space- or comma-separated string). */
    private static Stream<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().filter(String.class::isInstance).map(String.class::cast);
        }
        if (claim instanceof String one) {
            return Arrays.stream(one.split("[ ,]+")).filter(s -> !s.isEmpty());
        }
        return List.<String>of().stream();
    }
}
