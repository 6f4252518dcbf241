package frontdoor.service.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description at /v3/api-docs (Swagger UI at /swagger-ui.html), the contract an integrator
 * generates a client from (docs/screening.md; a copy is committed as docs/openapi.json). Every operation
 * answers 401 and 403 as well, every one that takes a body 400 and 413, and those its {@link Refuses} names.
 */
@Configuration
class ApiDocsConfiguration {
    static final String PROBLEM = "application/problem+json";
    static final String TEXT = "text/plain";

    @Bean
    OpenAPI frontdoorApi() {
        Components components = new Components()
                .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
        ModelConverters.getInstance().readAll(ProblemBody.class).forEach(components::addSchemas);
        return new OpenAPI()
                .info(new Info().title("Frontdoor").version("v1")
                        .description("Referrals in, recommendations with their reasons out; decisions, the day's allocation plan, "
                                + "the policy's versions and an audit trail. The referral and recommendation JSON is described in "
                                + "docs/contract.md; every refusal is an RFC 9457 problem (application/problem+json)."))
                .servers(List.of(new Server().url("http://localhost:8080").description("A Frontdoor service run locally")))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** The refusals of each operation, with the one problem schema. */
    @Bean
    OperationCustomizer refusals() {
        return (operation, handler) -> {
            List<Refusal> refusals = new ArrayList<>(List.of(Refusal.UNAUTHENTICATED, Refusal.FORBIDDEN));
            if (operation.getRequestBody() != null) {
                refusals.addAll(List.of(Refusal.BAD_INPUT, Refusal.TOO_LARGE));
            }
            Refuses named = handler.getMethodAnnotation(Refuses.class);
            if (named != null) {
                refusals.addAll(List.of(named.value()));
            }
            refusals.forEach(r -> operation.getResponses().addApiResponse(r.code(), answer(r)));
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent().containsKey(TEXT)) {
                // A policy file is read as its text whatever the content type says: text/plain describes it.
                operation.getRequestBody().getContent().remove("application/json");
                operation.getRequestBody().description("The file's text, whatever the content type says");
            }
            return operation;
        };
    }

    private static ApiResponse answer(Refusal refusal) {
        ApiResponse answer = new ApiResponse().description(refusal.description());
        if (refusal == Refusal.UNAUTHENTICATED || refusal == Refusal.FORBIDDEN) {
            return answer;
        }
        MediaType problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
        if (refusal == Refusal.BAD_INPUT) {
            problem.setExample(ApiExamples.BAD_INPUT.tree());
        }
        return answer.content(new Content().addMediaType(PROBLEM, problem));
    }

    /** What the contract's records cannot say (ContractSchemas), operation names, and the examples on the bodies and answers of their schemas. */
    @Bean
    OpenApiCustomizer contract() {
        return api -> {
            ContractSchemas.apply(api);
            // One handler serves a policy file and a case file: the case path's operation is named for it.
            api.getPaths().forEach((path, item) -> item.readOperations().stream()
                    .filter(o -> path.contains("/files/") && o.getOperationId() != null)
                    .forEach(o -> o.setOperationId(o.getOperationId().replaceAll("_\\d+$", "")
                            + (path.contains("/files/cases/") ? "Case" : ""))));
            api.getPaths().values().forEach(path -> path.readOperations().forEach(ApiDocsConfiguration::examples));
        };
    }

    private static void examples(Operation operation) {
        if (operation.getRequestBody() != null) {
            ApiExamples.attach(operation.getRequestBody().getContent());
        }
        operation.getResponses().forEach((code, answer) -> {
            if (code.startsWith("2")) {
                ApiExamples.attach(answer.getContent());
            }
        });
    }
}
