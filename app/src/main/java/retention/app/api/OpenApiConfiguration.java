package retention.app.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The fixed parts of the OpenAPI document served at {@code /api/v1/openapi.yaml} and kept in docs/openapi.yaml:
 * a relative server, so the document is the same on every host and port, and the API key scheme.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI retentionOpenApi() {
        return new OpenAPI()
                .info(new Info().title("retention API").version("v1")
                        .description("The action log, runs, rule book versions, customer facts, deliveries, exports "
                                + "and webhooks of retention. Every call needs an API key in X-API-Key; see docs/api.md "
                                + "for roles, masking, pagination and errors.")
                        .license(new License().name("Apache-2.0")))
                .addServersItem(new Server().url("/").description("this service"))
                .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
