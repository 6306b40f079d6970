package retention.batch.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads a SQL statement kept beside the code as a resource, where it can be read and diffed as SQL.
 */
final class SqlResource {

    private SqlResource() {
    }

    static String read(String name) {
        try {
            return new ClassPathResource("retention/batch/features/" + name).getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Missing SQL resource " + name, ex);
        }
    }
}
