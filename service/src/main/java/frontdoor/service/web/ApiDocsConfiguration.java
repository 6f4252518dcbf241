package frontdoor.service.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
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
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI 3 description at /v3/api-docs (Swagger UI at /swagger-ui.html), the contract an integrator
 * generates a client from (docs/screening.md; a copy is committed as docs/openapi.json). Every operation
 * answers 401, 403 and 406 as well, every one that takes a body 400 and 413 (and 415 where its mapping names
 * the content types it consumes), and those its {@link Refuses} names: each an RFC 9457 problem.
 */
@Configuration
class ApiDocsConfiguration {
    static final String PROBLEM = "application/problem+json";
    static final String TEXT = "text/plain";
    static final String JSON = "application/json";

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
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent().containsKey(TEXT)) {
                // A policy file is read as its text whatever the content type says: text/plain describes it.
                operation.getRequestBody().getContent().remove(JSON);
                operation.getRequestBody().description("The file's text, whatever the content type says");
            }
            List<Refusal> refusals = new ArrayList<>(List.of(Refusal.UNAUTHENTICATED, Refusal.FORBIDDEN, Refusal.NOT_ACCEPTABLE));
            if (operation.getRequestBody() != null) {
                refusals.addAll(List.of(Refusal.BAD_INPUT, Refusal.TOO_LARGE));
            }
            if (consumesOnlySome(handler)) {
                refusals.add(Refusal.UNSUPPORTED_MEDIA_TYPE);
            }
            Refuses named = handler.getMethodAnnotation(Refuses.class);
            if (named != null) {
                refusals.addAll(List.of(named.value()));
            }
            refusals.forEach(r -> operation.getResponses().merge(r.code(), answer(r), ApiDocsConfiguration::both));
            return operation;
        };
    }

    /** A mapping that names what it consumes refuses any other content type (415, before the operation runs). */
    private static boolean consumesOnlySome(HandlerMethod handler) {
        RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        return onMethod != null && onMethod.consumes().length > 0 || onType != null && onType.consumes().length > 0;
    }

    /** Two refusals of one status (403 by role, 403 by four eyes): one answer with both bodies. */
    private static ApiResponse both(ApiResponse first, ApiResponse second) {
        second.getContent().forEach(first.getContent()::addMediaType);
        return first.description(first.getDescription() + " " + second.getDescription());
    }

    private static ApiResponse answer(Refusal refusal) {
        ApiResponse answer = new ApiResponse().description(refusal.description());
        if (refusal == Refusal.UNAUTHENTICATED) {
            answer.addHeaderObject("WWW-Authenticate", new Header().description("Basic realm=\"Frontdoor\"").schema(new StringSchema()));
        }
        MediaType problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
        if (refusal == Refusal.BAD_INPUT) {
            problem.setExample(ApiExamples.of("Problem"));
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
