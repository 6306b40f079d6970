package retention.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Keeps the stack trace of a failed command in {@code data/logs/errors.log}, so the console shows a sentence and
 * the details are there for whoever needs them. Written directly because a failure may happen before logging is
 * configured.
 */
final class ErrorLog {

    private ErrorLog() {
    }

    static Path location() {
        return Path.of(System.getProperty("retention.home", "."), "data", "logs", "errors.log").normalize();
    }

    static void write(Throwable ex) {
        StringWriter trace = new StringWriter();
        ex.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(location().getParent());
            Files.writeString(location(), Instant.now() + " " + trace + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        catch (IOException ignored) {
            // The message on the console is what matters; a missing trace file must not hide it.
        }
    }
}
