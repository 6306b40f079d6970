package retention.app.api.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

import retention.app.api.BadRequest;

class RuleBookUploadTests {

    @Test
    void keepsRuleBookFilesAndListsTheOthersAsIgnored() throws IOException {
        RuleBookUpload upload = new RuleBookUpload();
        upload.add("churned.drl", new ByteArrayInputStream("rule".getBytes()));
        upload.add("tables/offers.drl.csv", new ByteArrayInputStream("x".getBytes()));
        upload.add("README.md", new ByteArrayInputStream("notes".getBytes()));

        assertThat(upload.files()).extracting(f -> f.path()).containsExactly("churned.drl", "tables/offers.drl.csv");
        assertThat(upload.ignored()).containsExactly("README.md");
    }

    @Test
    void refusesPathsThatLeaveTheRuleBook() {
        for (String path : new String[] { "../x.drl", "/abs.drl", "a/./b.drl", "a\\b.drl", "c:x.drl", "", "a//b.drl" }) {
            assertThatThrownBy(() -> RuleBookUpload.checkPath(path)).as(path).isInstanceOf(BadRequest.class);
        }
    }

    @Test
    void refusesAFileLargerThanTheLimitWhileReadingIt() {
        RuleBookUpload upload = new RuleBookUpload();

        assertThatThrownBy(() -> upload.add("big.drl",
                new ByteArrayInputStream(new byte[(int) RuleBookUpload.MAX_FILE_BYTES + 1])))
                .isInstanceOf(BadRequest.class).hasMessageContaining("larger than");
    }

    @Test
    void refusesTheSameFileTwice() throws IOException {
        RuleBookUpload upload = new RuleBookUpload();
        upload.add("a.drl", new ByteArrayInputStream(new byte[0]));

        assertThatThrownBy(() -> upload.add("a.drl", new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(BadRequest.class);
    }
}
