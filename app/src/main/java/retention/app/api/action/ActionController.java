package retention.app.api.action;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import retention.app.api.ApiProperties;
import retention.app.api.Channels;
import retention.app.api.Cursor;
import retention.app.api.NotFound;
import retention.app.api.Page;
import retention.app.api.Requests;

/**
 * The action log: who got what, when, by which rule of which rule book version, and why.
 */
@RestController
@RequestMapping("/api/v1/actions")
@Tag(name = "actions")
class ActionController {

    private final ActionLogReader actions;
    private final ApiProperties api;

    ActionController(ActionLogReader actions, ApiProperties api) {
        this.actions = actions;
        this.api = api;
    }

    @GetMapping
    @Operation(operationId = "listActions",
            summary = "Actions, newest run date first, filtered and paged by cursor",
            description = "Pass the answer's nextCursor as cursor to get the next page; it is null on the last page.")
    Page<Action> list(HttpServletRequest request, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String rule, @RequestParam(required = false) String actionCode,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String status,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        Requests.onlyParameters(request, "from", "to", "customerId", "rule", "actionCode", "channel", "status",
                "cursor", "limit");
        return actions.list(new ActionQuery(Requests.range(from, to, api.maxRangeDays(), false),
                Requests.id("customerId", customerId), Requests.text("rule", rule, 200),
                Requests.code("actionCode", actionCode), Requests.oneOf("channel", channel, Channels.NAMES),
                Requests.oneOf("status", status, Channels.ACTION_STATUSES), Cursor.decode(cursor),
                Requests.pageSize(limit, api)));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getAction",
            summary = "One action with its explanation and deliveries")
    Action get(@PathVariable long id) {
        return actions.find(id).orElseThrow(() -> new NotFound("no action " + id));
    }
}
