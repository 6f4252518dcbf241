package frontdoor.service.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3 description at /v3/api-docs (Swagger UI at /swagger-ui.html). */
@Configuration
class ApiDocsConfiguration {

    @Bean
    OpenAPI frontdoorApi() {
        return new OpenAPI()
                .info(new Info().title("Frontdoor").version("v1")
                        .description("Referrals in, recommendations with their reasons out; decisions and an audit trail. "
                                + "Referral and recommendation JSON as in CONTRACT.md; refusals as RFC 9457 problems."))
                .components(new Components().addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
