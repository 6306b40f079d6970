package retention.app.api.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Semaphore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import retention.app.api.ApiProperties;
import retention.app.api.Busy;
import retention.app.api.DateRange;
import retention.app.api.Requests;
import retention.app.api.action.Action;
import retention.app.api.action.ActionLogReader;
import retention.app.api.delivery.Deliveries;
import retention.app.api.delivery.Delivery;
import retention.app.security.Pii;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk exports of actions and deliveries for a run-date range, as CSV or JSON Lines. Rows go from a forward-only
 * database cursor straight into the response, so an export of millions of rows runs in constant memory.
 */
@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "exports")
class ExportController {

    private static final List<Column<Action>> ACTION_COLUMNS = List.of(Column.of("id", Action::id),
            Column.of("run_date", Action::runDate), Column.of("customer_id", Action::customerId),
            Column.of("action_code", Action::actionCode), Column.of("kind", Action::kind),
            Column.of("status", Action::status), Column.of("channel", Action::channel),
            Column.text("rule_name", Action::ruleName), Column.of("rule_book_version_id", Action::ruleBookVersionId),
            Column.of("priority", Action::priority), Column.text("offer", Action::offer),
            Column.text("template", Action::template), Column.text("reason", Action::reason),
            Column.text("explanation", Action::explanation), Column.of("send_at", Action::sendAt),
            Column.of("created_at", Action::createdAt));

    private static final List<Column<Delivery>> DELIVERY_COLUMNS = List.of(Column.of("id", Delivery::id),
            Column.of("action_id", Delivery::actionId), Column.of("run_date", Delivery::runDate),
            Column.of("customer_id", Delivery::customerId), Column.of("channel", Delivery::channel),
            Column.text("recipient", Delivery::recipient), Column.text("template", Delivery::template),
            Column.of("language", Delivery::language), Column.of("status", Delivery::status),
            Column.of("send_at", Delivery::sendAt), Column.of("expires_at", Delivery::expiresAt),
            Column.of("attempts", Delivery::attempts), Column.of("sent_at", Delivery::sentAt),
            Column.text("last_error", Delivery::lastError));

    private final ActionLogReader actions;
    private final Deliveries deliveries;
    private final ApiProperties api;
    private final JsonMapper json;
    // Each export holds a pooled connection for its whole duration; a few at once leave the pool to the API.
    private final Semaphore streaming;

    ExportController(ActionLogReader actions, Deliveries deliveries, ApiProperties api, JsonMapper json) {
        this.actions = actions;
        this.deliveries = deliveries;
        this.api = api;
        this.json = json;
        this.streaming = new Semaphore(api.maxConcurrentExports());
    }

    @GetMapping("/actions")
    @Operation(operationId = "exportActions",
            summary = "Every action of a run-date range as CSV or JSON Lines, streamed")
    void actions(HttpServletRequest request, HttpServletResponse response, @RequestParam LocalDate from,
            @RequestParam LocalDate to, @RequestParam(required = false) String format) throws IOException {
        Requests.onlyParameters(request, "from", "to", "format");
        DateRange range = Requests.range(from, to, api.maxExportDays(), true);
        ExportFormat chosen = ExportFormat.of(format);
        acquire();
        try (Writer out = open(response, "actions", range, chosen)) {
            ExportWriter<Action> writer = ExportWriter.of(chosen, out, ACTION_COLUMNS, json);
            actions.stream(range, writer::write);
        }
        finally {
            streaming.release();
        }
    }

    @GetMapping("/deliveries")
    @Operation(operationId = "exportDeliveries",
            summary = "Every delivery of a run-date range as CSV or JSON Lines, streamed; recipients masked "
            + "unless the key may read personal data")
    void deliveries(HttpServletRequest request, HttpServletResponse response, @RequestParam LocalDate from,
            @RequestParam LocalDate to, @RequestParam(required = false) String format) throws IOException {
        Requests.onlyParameters(request, "from", "to", "format");
        DateRange range = Requests.range(from, to, api.maxExportDays(), true);
        ExportFormat chosen = ExportFormat.of(format);
        boolean unmasked = Pii.readable();
        acquire();
        try (Writer out = open(response, "deliveries", range, chosen)) {
            ExportWriter<Delivery> writer = ExportWriter.of(chosen, out, DELIVERY_COLUMNS, json);
            deliveries.stream(range, unmasked, writer::write);
        }
        finally {
            streaming.release();
        }
    }

    private void acquire() {
        if (!streaming.tryAcquire()) {
            throw new Busy(api.maxConcurrentExports() + " exports are already running; try again when one has ended");
        }
    }

    private static Writer open(HttpServletResponse response, String what, DateRange range, ExportFormat format)
            throws IOException {
        response.setContentType(format.mediaType + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + what + "-" + range.from()
                + "-" + range.to() + "." + format.extension + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                64 * 1024);
    }
}
