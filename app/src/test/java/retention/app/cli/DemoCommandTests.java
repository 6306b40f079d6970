package retention.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick start on the embedded default: H2 in MySQL mode in a file under the home folder.
 */
class DemoCommandTests {

    @Test
    void runsTheWholeChainOnTheEmbeddedDatabaseAndAddsNothingTheSecondTime(@TempDir Path home) {
        Map<String, Object> properties = Map.of("retention.home", home.toString(),
                "retention.rules.dir", Path.of("../rules/rulebook").toAbsolutePath().toString());

        CommandLineRun first = CommandLineRun.of(properties, "demo", "--customers", "500");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Generating a demo shop of 500 customers")
                .contains("customers evaluated  500").contains("./retention actions --date")
                .contains("Dispatched today's messages").contains("A few of the messages, one per language:")
                .contains("您好！");
        assertThat(home.resolve("data/messages.log")).content().contains("--- ").contains("key ra-");
        assertThat(actionKinds(first.out())).isGreaterThanOrEqualTo(4);
        assertThat(home.resolve("data/retention.mv.db")).exists();

        CommandLineRun second = CommandLineRun.of(properties, "demo", "--customers", "500");

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("Using the shop already in the database (500 customers)")
                .contains("had already completed: nothing was run again and no action was added");
    }

    private static long actionKinds(String report) {
        return report.lines().filter(line -> line.matches("\\s+[A-Z_]+\\s+[\\d,]+\\s+[\\d,]+\\s+[\\d,]+.*"))
                .filter(line -> !line.trim().split("\\s+")[1].equals("0")).count();
    }
}
