package retention.app.api.rulebook;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import retention.app.api.BadRequest;
import retention.app.api.NotFound;
import retention.app.api.Requests;
import retention.db.rulebook.RuleBookVersion;
import retention.db.rulebook.RuleBookVersionRepository;
import retention.db.rulebook.StoredRuleBookFile;

/**
 * Every rule book version that ever ran: when it was loaded, by whom, and its files.
 */
@RestController
@RequestMapping("/api/v1/rule-book/versions")
@Tag(name = "rule book")
class RuleBookVersionController {

    private static final int MAX_VERSIONS = 200;

    private final RuleBookVersionRepository versions;

    RuleBookVersionController(RuleBookVersionRepository versions) {
        this.versions = versions;
    }

    @GetMapping
    @Operation(operationId = "listRuleBookVersions",
            summary = "Rule book versions, newest first")
    List<Version> list(HttpServletRequest request, @RequestParam(required = false) Integer limit) {
        Requests.onlyParameters(request, "limit");
        if (limit != null && (limit < 1 || limit > MAX_VERSIONS)) {
            throw new BadRequest("limit", "must be between 1 and " + MAX_VERSIONS + ", was " + limit);
        }
        return versions.list(limit == null ? 50 : limit).stream().map(v -> Version.of(v, null)).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getRuleBookVersion",
            summary = "One rule book version with the content of its files")
    Version get(@PathVariable long id) {
        RuleBookVersion version = versions.find(id).orElseThrow(() -> new NotFound("no rule book version " + id));
        return Version.of(version, versions.files(id).stream().map(File::of).toList());
    }

    /**
     * A rule book version.
     *
     * @param id its number, recorded with every action it made
     * @param label how people name it, {@code v3 (a1b2c3d4e5f6)}
     * @param contentHash SHA-256 of its files
     * @param loadedAt when it was first loaded (UTC)
     * @param loadedBy who or what loaded it
     * @param source the folder it was read from
     * @param fileCount its files
     * @param ruleCount its rules
     * @param files its files with their content; only on a single version
     */
    record Version(long id, String label, String contentHash, LocalDateTime loadedAt, String loadedBy, String source,
            int fileCount, int ruleCount, List<File> files) {

        static Version of(RuleBookVersion v, List<File> files) {
            return new Version(v.id(), v.label(), v.contentHash(), v.loadedAt(), v.loadedBy(), v.source(),
                    v.fileCount(), v.ruleCount(), files);
        }
    }

    /**
     * One file of a version: text files as text, spreadsheets in base64.
     *
     * @param path its path in the rule book folder
     * @param size its size in bytes
     * @param text its content when it is UTF-8 text, else null
     * @param base64 its content in base64 when it is binary, else null
     */
    record File(String path, int size, String text, String base64) {

        static File of(StoredRuleBookFile file) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(file.content())).toString();
                return new File(file.path(), file.content().length, text, null);
            }
            catch (CharacterCodingException ex) {
                return new File(file.path(), file.content().length, null,
                        Base64.getEncoder().encodeToString(file.content()));
            }
        }
    }
}
