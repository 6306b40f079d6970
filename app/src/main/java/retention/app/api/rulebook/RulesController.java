package retention.app.api.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import retention.app.api.Busy;
import retention.app.api.NotFound;
import retention.app.api.Requests;
import retention.batch.preview.RuleBookPreview;
import retention.rules.book.RuleBook;
import retention.rules.book.RuleBookException;
import retention.rules.book.RuleBookLoader;

/**
 * The rule book owners' commands as endpoints: validate a set of files, preview what they would change.
 */
@RestController
@RequestMapping("/api/v1/rules")
@Tag(name = "rule book")
class RulesController {

    private static final String PREVIEW = "Preview what an uploaded rule book (files or a zip, as for validate) would "
            + "change against the live one on the stored facts of a night (default: the latest): actions added, "
            + "removed and changed, messages and offer cost before and after, examples; nothing is stored";
    private static final String SUMMARY = "Validate rule book files sent as multipart parts named 'files', or as one "
            + "zip (a single part, or an application/zip body); problems come with file:line:column";

    private final RuleBookLoader loader = new RuleBookLoader();
    // Compiling takes one to two seconds of a core; one at a time keeps the service answering everything else.
    private final Semaphore compiling = new Semaphore(1);
    private final RuleBookPreview previewEngine;

    RulesController(RuleBookPreview previewEngine) {
        this.previewEngine = previewEngine;
    }

    @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "validateRuleBook",
            summary = SUMMARY)
    ResponseEntity<Validation> validateFiles(@RequestPart("files") List<MultipartFile> files) throws IOException {
        return validate(upload(files));
    }

    private static RuleBookUpload upload(List<MultipartFile> files) throws IOException {
        RuleBookUpload upload = new RuleBookUpload();
        for (MultipartFile file : files) {
            try (InputStream in = file.getInputStream()) {
                String name = file.getOriginalFilename();
                if (files.size() == 1 && name != null && name.toLowerCase().endsWith(".zip")) {
                    upload.addZip(in);
                }
                else {
                    upload.add(name, in);
                }
            }
        }
        return upload;
    }

    @PostMapping(path = "/validate", consumes = "application/zip")
    @Operation(operationId = "validateRuleBook",
            summary = SUMMARY)
    ResponseEntity<Validation> validateZip(HttpServletRequest request) throws IOException {
        RuleBookUpload upload = new RuleBookUpload();
        try (InputStream in = request.getInputStream()) {
            upload.addZip(in);
        }
        return validate(upload);
    }

    private ResponseEntity<Validation> validate(RuleBookUpload upload) {
        List<retention.rules.book.RuleFile> files = upload.files();
        boolean acquired = false;
        try {
            acquired = compiling.tryAcquire(30, TimeUnit.SECONDS);
            if (!acquired) {
                throw new Busy("another rule book is being validated; try again shortly");
            }
            RuleBook book = loader.compile(files);
            return ResponseEntity.ok(new Validation(true, files.size(), book.ruleNames().size(), book.contentHash(),
                    List.of(), upload.ignored()));
        }
        catch (RuleBookException ex) {
            return ResponseEntity.ok(new Validation(false, files.size(), 0, null,
                    ex.problems().stream().map(Validation.Located::of).toList(), upload.ignored()));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new Busy("interrupted while waiting to validate");
        }
        finally {
            if (acquired) {
                compiling.release();
            }
        }
    }

    @PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "previewRuleBook", summary = PREVIEW)
    ResponseEntity<?> previewFiles(@RequestPart("files") List<MultipartFile> files,
            @RequestParam(required = false) LocalDate runDate) throws IOException {
        return preview(upload(files), runDate);
    }

    @PostMapping(path = "/preview", consumes = "application/zip")
    @Operation(operationId = "previewRuleBook", summary = PREVIEW)
    ResponseEntity<?> previewZip(HttpServletRequest request, @RequestParam(required = false) LocalDate runDate)
            throws IOException {
        RuleBookUpload upload = new RuleBookUpload();
        try (InputStream in = request.getInputStream()) {
            upload.addZip(in);
        }
        return preview(upload, runDate);
    }

    /**
     * Compiles the uploaded candidate and compares what it decides with the live rule book on the stored facts of a
     * night. A candidate with errors answers 422 with every problem located; nothing is stored either way.
     */
    private ResponseEntity<?> preview(RuleBookUpload upload, LocalDate runDate) {
        Requests.date("runDate", runDate, false);
        List<retention.rules.book.RuleFile> files = upload.files();
        boolean acquired = false;
        try {
            acquired = compiling.tryAcquire(30, TimeUnit.SECONDS);
            if (!acquired) {
                throw new Busy("another rule book is being compiled; try again shortly");
            }
            RuleBook candidate = loader.compile(files);
            return ResponseEntity.ok(previewEngine.preview(candidate, "uploaded rule book (" + candidate.shortHash()
                    + ")", Optional.ofNullable(runDate)));
        }
        catch (RuleBookException ex) {
            return ResponseEntity.unprocessableEntity().body(new Validation(false, files.size(), 0, null,
                    ex.problems().stream().map(Validation.Located::of).toList(), upload.ignored()));
        }
        catch (IllegalStateException ex) {
            throw new NotFound(ex.getMessage());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new Busy("interrupted while waiting to compile");
        }
        finally {
            if (acquired) {
                compiling.release();
            }
        }
    }
}
