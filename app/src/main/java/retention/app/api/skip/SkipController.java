package retention.app.api.skip;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import retention.app.api.ApiProperties;
import retention.app.api.Cursor;
import retention.app.api.Page;
import retention.app.api.Requests;

/**
 * The records a night skipped and why.
 */
@RestController
@RequestMapping("/api/v1/skips")
@Tag(name = "skips")
class SkipController {

    private final Skips skips;
    private final ApiProperties api;

    SkipController(Skips skips, ApiProperties api) {
        this.skips = skips;
        this.api = api;
    }

    @GetMapping
    @Operation(operationId = "listSkips",
            summary = "Skipped records of a night, paged by cursor")
    Page<Skip> list(HttpServletRequest request, @RequestParam LocalDate runDate,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        Requests.onlyParameters(request, "runDate", "cursor", "limit");
        Requests.date("runDate", runDate, true);
        Cursor after = Cursor.decode(cursor);
        int size = Requests.pageSize(limit, api);
        List<Skip> found = skips.list(runDate, after == null ? 0 : after.id(), size + 1);
        boolean more = found.size() > size;
        List<Skip> page = more ? List.copyOf(found.subList(0, size)) : found;
        return new Page<>(page, more ? new Cursor(runDate, page.get(page.size() - 1).id()).encode() : null);
    }
}
