package frontdoor.service.baseline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** The yardstick's own filter chain, only with its profile: open, stateless, nothing of the product's routes. */
@Configuration
@Profile(StackBaseline.PROFILE)
class StackBaselineSecurity {
    @Bean
    @Order(0)
    SecurityFilterChain stackBaselineChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(StackBaseline.PATH)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
