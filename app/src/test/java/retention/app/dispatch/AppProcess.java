package retention.app.dispatch;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import retention.app.RetentionApplication;

/**
 * The application as a separate process, started as an operator would ({@code ./retention serve}) with the test
 * JVM's class path and the given properties, its output in a file.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final Path output;

    private AppProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static AppProcess serve(Map<String, String> properties, Path home) {
        try {
            Files.createDirectories(home);
            Path output = home.resolve("console.log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx256m");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-Dretention.home=" + home);
            // Several services run side by side in these tests: each takes a free port, not 8080.
            command.add("-Dserver.port=0");
            properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(RetentionApplication.class.getName());
            command.add("serve");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            return new AppProcess(process, output);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Waits until the service says it is running (its scheduler started). */
    AppProcess awaitRunning() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + output());
            }
            return output().contains("Retention is running");
        });
        return this;
    }

    /** Kills the process at once, as a crash or {@code kill -9} would: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    String output() {
        try {
            return Files.exists(output) ? Files.readString(output) : "";
        }
        catch (IOException ex) {
            return "";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
