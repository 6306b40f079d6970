package retention.app.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Opens a file in Debian's headless chromium, the browser a marketing lead would use, and returns the DOM it
 * rendered. Skips the test (an assumption, not a failure) on a machine without chromium.
 */
public final class Chromium {

    private Chromium() {
    }

    /** The rendered DOM of {@code html}; a screenshot goes to {@code screenshot}. */
    public static String dumpDom(Path html, Path screenshot) throws IOException, InterruptedException {
        Path binary = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream().map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(binary != null, "chromium is not installed (apt-get install -y chromium)");
        String url = html.toUri().toString();
        run(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--window-size=1100,2400", "--screenshot=" + screenshot, url), html.resolveSibling("screenshot.log"));
        Path dom = html.resolveSibling("dom.html");
        run(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url), dom);
        return Files.readString(dom, StandardCharsets.UTF_8);
    }

    private static void run(List<String> command, Path output) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within 120 s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("chromium exited with " + process.exitValue() + ": " + command);
        }
    }
}
