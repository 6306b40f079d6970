package retention.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import retention.app.security.Role;

/**
 * The OpenAPI document kept in the repository is the one the service serves: a controller change that is not
 * reflected in docs/openapi.yaml fails here.
 */
class OpenApiDocumentIntegrationTests extends ApiIntegrationTest {

    private static final Path KEPT = Path.of("../docs/openapi.yaml");

    @Test
    void servesTheDocumentKeptInTheRepository() throws IOException {
        ApiClient.Answer served = as(Role.VIEWER).get("/api/v1/openapi.yaml");
        assertThat(served.status()).isEqualTo(200);

        Path fresh = Path.of("target/openapi.yaml");
        Files.writeString(fresh, served.body());
        String kept = Files.exists(KEPT) ? Files.readString(KEPT) : "";
        assertThat(normalise(served.body()))
                .as("docs/openapi.yaml differs from the served document; review and copy app/target/openapi.yaml "
                        + "to docs/openapi.yaml")
                .isEqualTo(normalise(kept));
    }

    private static String normalise(String yaml) {
        return yaml.replace("\r\n", "\n").strip();
    }
}
