package retention.batch.report;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the report of every execution of the nightly run when it ends, whatever the outcome. The breakdowns are
 * grouped by the database from the action log and the skip log of the date, so they describe the date's end state
 * even when the work was spread over a failed execution and its restart.
 */
@Component
public class RunReportWriter implements JobExecutionListener {

    private final JdbcClient jdbc;
    private final Clock clock;

    public RunReportWriter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void afterJob(JobExecution execution) {
        LocalDate runDate = execution.getJobParameters().getLocalDate("runDate");
        long id = execution.getId();
        jdbc.sql("DELETE FROM run_report_count WHERE execution_id = ?").param(id).update();
        jdbc.sql("DELETE FROM run_report WHERE execution_id = ?").param(id).update();
        jdbc.sql("INSERT INTO run_report (execution_id, run_date, status, forced, started_at, ended_at, "
                + "customers_evaluated, actions, messages_planned, rows_skipped, rule_book_version_id, failure) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, runDate, execution.getStatus().name(),
                        execution.getJobParameters().getLong("rerun") != null,
                        execution.getStartTime() == null ? LocalDateTime.now(clock) : execution.getStartTime().withNano(0),
                        LocalDateTime.now(clock).withNano(0), customersEvaluated(execution),
                        count("SELECT COUNT(*) FROM retention_action WHERE run_date = ?", runDate),
                        count("SELECT COUNT(*) FROM outbox WHERE run_date = ?", runDate),
                        count("SELECT COUNT(*) FROM skip_log WHERE run_date = ?", runDate),
                        execution.getExecutionContext().containsKey("ruleBookVersionId")
                                ? execution.getExecutionContext().getLong("ruleBookVersionId") : null,
                        failure(execution))
                .update();
        breakdown(id, "ACTION", "SELECT action_code AS name, CONCAT(channel, ' ', status) AS detail, COUNT(*) AS n "
                + "FROM retention_action WHERE run_date = ? GROUP BY action_code, channel, status", runDate);
        breakdown(id, "RULE", "SELECT rule_name AS name, status AS detail, COUNT(*) AS n FROM retention_action "
                + "WHERE run_date = ? GROUP BY rule_name, status", runDate);
        breakdown(id, "REASON", "SELECT status AS name, COALESCE(reason, '') AS detail, COUNT(*) AS n "
                + "FROM retention_action WHERE run_date = ? AND status <> 'PLANNED' GROUP BY status, reason", runDate);
        breakdown(id, "SKIP", "SELECT source AS name, reason AS detail, COUNT(*) AS n FROM skip_log "
                + "WHERE run_date = ? GROUP BY source, reason", runDate);
        for (StepExecution step : execution.getStepExecutions()) {
            if (!step.getStepName().contains(":")) {
                jdbc.sql("INSERT INTO run_report_count (execution_id, section, name, detail, count) "
                        + "VALUES (?, 'STEP', ?, '', ?)").params(id, step.getStepName(), millis(step)).update();
            }
        }
    }

    private long customersEvaluated(JobExecution execution) {
        // Read counts are committed with each chunk, so their sum over every execution of the date is exactly the
        // number of customers evaluated, whatever was killed in between.
        return count("SELECT COALESCE(SUM(s.READ_COUNT), 0) FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e "
                + "ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID WHERE e.JOB_INSTANCE_ID = ? "
                + "AND s.STEP_NAME LIKE 'evaluateRulesWorkerStep:%'", execution.getJobInstance().getInstanceId());
    }

    private void breakdown(long executionId, String section, String query, LocalDate runDate) {
        jdbc.sql("INSERT INTO run_report_count (execution_id, section, name, detail, count) SELECT ?, ?, x.name, "
                + "x.detail, x.n FROM (" + query + ") x")
                .params(executionId, section, runDate).update();
    }

    private long count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }

    private static long millis(StepExecution step) {
        LocalDateTime end = step.getEndTime() != null ? step.getEndTime() : LocalDateTime.now();
        return step.getStartTime() == null ? 0 : Duration.between(step.getStartTime(), end).toMillis();
    }

    private static String failure(JobExecution execution) {
        String text = execution.getAllFailureExceptions().stream().map(t -> t.getMessage() == null
                ? t.getClass().getSimpleName() : t.getMessage()).distinct().collect(Collectors.joining("; "));
        return text.isEmpty() ? null : text.length() > 2000 ? text.substring(0, 1999) + "…" : text;
    }
}
