package retention.app.api.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import retention.app.api.BadRequest;
import retention.app.api.Busy;
import retention.rules.book.RuleBook;
import retention.rules.book.RuleBookException;
import retention.rules.book.RuleBookLoader;

/**
 * The rule book owners' commands as endpoints: validate a set of files, preview what rules would decide.
 */
@RestController
@RequestMapping("/api/v1/rules")
@Tag(name = "rule book")
class RulesController {

    private static final int MAX_PREVIEW_CUSTOMERS = 100;
    private static final String SUMMARY = "Validate rule book files sent as multipart parts named 'files', or as one "
            + "zip (a single part, or an application/zip body); problems come with file:line:column";

    private final RuleBookLoader loader = new RuleBookLoader();
    // Compiling takes one to two seconds of a core; one at a time keeps the service answering everything else.
    private final Semaphore compiling = new Semaphore(1);
    private final ObjectProvider<RulePreview> preview;

    RulesController(ObjectProvider<RulePreview> preview) {
        this.preview = preview;
    }

    @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "validateRuleBook",
            summary = SUMMARY)
    ResponseEntity<Validation> validateFiles(@RequestPart("files") List<MultipartFile> files) throws IOException {
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
        return validate(upload);
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

    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "previewRules",
            summary = "Preview what the live rule book would decide for some customers (501 until the preview "
            + "engine is installed)")
    ResponseEntity<?> preview(@RequestBody PreviewRequest request) {
        if (request.runDate() == null) {
            throw new BadRequest("runDate", "required, a date YYYY-MM-DD");
        }
        if (request.customerIds() == null || request.customerIds().isEmpty()
                || request.customerIds().size() > MAX_PREVIEW_CUSTOMERS) {
            throw new BadRequest("customerIds", "1 to " + MAX_PREVIEW_CUSTOMERS + " customer ids");
        }
        RulePreview engine = preview.getIfAvailable();
        if (engine == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_IMPLEMENTED,
                    "previewing is not available in this version: the preview engine is not installed");
            return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.ok(engine.preview(request));
    }
}
