package retention.app.api.run;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import retention.app.api.BadRequest;
import retention.app.api.NotFound;
import retention.app.api.Requests;

/**
 * Nightly runs: their reports, and starting or restarting one.
 */
@RestController
@RequestMapping("/api/v1/runs")
@Tag(name = "runs")
class RunController {

    private static final int MAX_RUNS = 100;

    private final Runs runs;
    private final RunLauncher launcher;
    private final Clock clock;

    RunController(Runs runs, RunLauncher launcher, Clock clock) {
        this.runs = runs;
        this.launcher = launcher;
        this.clock = clock;
    }

    @GetMapping
    @Operation(operationId = "listRuns",
            summary = "Run executions, newest first")
    List<Run> list(HttpServletRequest request, @RequestParam(required = false) LocalDate runDate,
            @RequestParam(required = false) Integer limit) {
        Requests.onlyParameters(request, "runDate", "limit");
        if (limit != null && (limit < 1 || limit > MAX_RUNS)) {
            throw new BadRequest("limit", "must be between 1 and " + MAX_RUNS + ", was " + limit);
        }
        Requests.date("runDate", runDate, false);
        return runs.list(runDate, limit == null ? 20 : limit);
    }

    @GetMapping("/{executionId}")
    @Operation(operationId = "getRun",
            summary = "One run execution's report")
    Run get(@PathVariable long executionId) {
        return runs.find(executionId).orElseThrow(() -> new NotFound("no run execution " + executionId));
    }

    @PostMapping
    @Operation(operationId = "startRun",
            summary = "Start the night of a date (a failed night resumes; a completed one runs again only with force)", description = "Answers 202 at once; "
            + "follow the run at the Location given.")
    ResponseEntity<Map<String, Object>> start(@RequestBody StartRun body) {
        Requests.date("runDate", body.runDate(), true);
        // A night counts only what happened before its date: a date beyond tomorrow (in any zone) has nothing yet.
        if (body.runDate().isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new BadRequest("runDate", "must not be after tomorrow");
        }
        launcher.start(body.runDate(), Boolean.TRUE.equals(body.force()));
        return accepted(body.runDate());
    }

    @PostMapping("/{executionId}/restart")
    @Operation(operationId = "restartRun",
            summary = "Restart a failed or stopped run from its last committed chunk")
    ResponseEntity<Map<String, Object>> restart(@PathVariable long executionId) {
        return accepted(launcher.restart(executionId));
    }

    private static ResponseEntity<Map<String, Object>> accepted(LocalDate runDate) {
        URI follow = URI.create("/api/v1/runs?runDate=" + runDate);
        return ResponseEntity.accepted().location(follow)
                .body(Map.of("runDate", runDate.toString(), "state", "SUBMITTED", "follow", follow.toString()));
    }

    /**
     * The body of a request to start a run.
     *
     * @param runDate the night to run
     * @param force run a completed night again, replacing its actions and its messages not yet sent (default false)
     */
    record StartRun(LocalDate runDate, Boolean force) {
    }
}
