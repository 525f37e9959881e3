package com.lyrox.platform.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document behind Swagger UI: both ways to authenticate, applied to every operation. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    /** Every operation can fail in these ways; each answers problem+json. */
    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "Invalid request: errors names each field",
            "401", "No credentials, or wrong, expired or revoked ones",
            "403", "Your role does not allow this action",
            "404", "Not found in your company (another company's id looks the same)",
            "409", "Conflicts with the current state (a duplicate, or an action the state does not allow)");

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            Schema<?> problem = new ObjectSchema()
                    .addProperty("type", new StringSchema().example("https://lyrox.app/problems/validation"))
                    .addProperty("title", new StringSchema().example("Invalid request"))
                    .addProperty("status", new IntegerSchema().example(400))
                    .addProperty("detail", new StringSchema().example("price: must be greater than 0"))
                    .addProperty("instance", new StringSchema().example("/api/v1/products"))
                    .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                            .addProperty("field", new StringSchema().example("price"))
                            .addProperty("message", new StringSchema().example("must be greater than 0"))));
            openApi.getComponents().addSchemas("Problem", problem);
            openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                PROBLEMS.forEach((status, description) -> {
                    if (operation.getResponses().get(status) == null) {
                        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                                .content(new Content().addMediaType("application/problem+json",
                                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
                    }
                });
            }));
        };
    }

    @Bean
    OpenAPI lyroxOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Lyrox API").version("v1")
                        .description("Multi-tenant WhatsApp AI sales CRM. Authenticate with a bearer access token "
                                + "from /api/v1/auth/login or with an X-API-Key. Errors are application/problem+json; "
                                + "lists take page (from 0) and size (1-100, default 20)."))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT"))
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(CallerAuthenticationFilter.API_KEY_HEADER)))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
