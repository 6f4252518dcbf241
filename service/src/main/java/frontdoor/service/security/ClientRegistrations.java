package frontdoor.service.security;

import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The council's OpenID Connect registrations ({@code spring.security.oauth2.client.*}, docs/operations.md), read when
 * the service starts. Spring Boot makes its own only when they are set when the jar is built (the build prepares the
 * service's beans then: docs/operations.md, "Running"), so this one is made in every case, empty when none is set;
 * {@link IdentityProvider} offers the council's sign-in only when it holds one.
 */
@Configuration
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class ClientRegistrations {

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties) {
        return new InMemoryClientRegistrationRepository(new OAuth2ClientPropertiesMapper(properties).asClientRegistrations());
    }
}
