package retention.batch.report;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import retention.batch.features.ParallelStatements;

/**
 * Writes the report of every execution of the nightly run when it ends, whatever the outcome. The breakdowns describe
 * the date's end state even when the work was spread over a failed execution and its restart: the actions are taken
 * from the counts the evaluation kept while writing them when those cover the date ({@link ActionTallies}), and
 * grouped from the action log otherwise; the skipped rows are grouped from the skip log.
 */
@Component
public class RunReportWriter implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunReportWriter.class);
    private static final String WORKER_STEPS = "evaluateRulesWorkerStep:";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final ParallelStatements parallel;
    private final ActionTallies tallies;
    private final Clock clock;

    public RunReportWriter(JdbcTemplate jdbcTemplate, ParallelStatements parallel, ActionTallies tallies,
            Clock clock) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.parallel = parallel;
        this.tallies = tallies;
        this.clock = clock;
    }

    @Override
    public void afterJob(JobExecution execution) {
        LocalDate runDate = execution.getJobParameters().getLocalDate("runDate");
        long id = execution.getId();
        long started = System.nanoTime();
        List<RunReportCount> breakdowns = tallies.take(execution, WORKER_STEPS, firstExecution(execution))
                .map(ActionTally::breakdowns).orElse(null);
        String source = "counted as they were written";
        if (breakdowns == null) {
            breakdowns = tally(runDate).breakdowns();
            source = "grouped from the action log";
        }
        long counted = System.nanoTime();
        long actions = breakdowns.stream().filter(c -> c.section().equals("ACTION")).mapToLong(RunReportCount::count)
                .sum();
        long messages = count("SELECT COUNT(*) FROM outbox WHERE run_date = ?", runDate);
        long skipped = count("SELECT COUNT(*) FROM skip_log WHERE run_date = ?", runDate);
        long evaluated = customersEvaluated(execution);
        long header = System.nanoTime();
        jdbc.sql("DELETE FROM run_report_count WHERE execution_id = ?").param(id).update();
        jdbc.sql("DELETE FROM run_report WHERE execution_id = ?").param(id).update();
        jdbc.sql("INSERT INTO run_report (execution_id, run_date, status, forced, started_at, ended_at, "
                + "customers_evaluated, actions, messages_planned, rows_skipped, rule_book_version_id, failure) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, runDate, execution.getStatus().name(),
                        execution.getJobParameters().getLong("rerun") != null,
                        execution.getStartTime() == null ? LocalDateTime.now(clock) : execution.getStartTime().withNano(0),
                        LocalDateTime.now(clock).withNano(0), evaluated, actions, messages, skipped,
                        execution.getExecutionContext().containsKey("ruleBookVersionId")
                                ? execution.getExecutionContext().getLong("ruleBookVersionId") : null,
                        failure(execution))
                .update();
        if (!breakdowns.isEmpty()) {
            jdbcTemplate.batchUpdate("INSERT INTO run_report_count (execution_id, section, name, detail, count) "
                + "VALUES (?, ?, ?, ?, ?)", breakdowns, Math.max(1, breakdowns.size()), (ps, row) -> {
                    ps.setLong(1, id);
                    ps.setString(2, row.section());
                    ps.setString(3, row.name());
                    ps.setString(4, row.detail());
                    ps.setLong(5, row.count());
                });
        }
        breakdown(id, "SKIP", "SELECT source AS name, reason AS detail, COUNT(*) AS n FROM skip_log "
                + "WHERE run_date = ? GROUP BY source, reason", runDate);
        for (StepExecution step : execution.getStepExecutions()) {
            if (!step.getStepName().contains(":")) {
                jdbc.sql("INSERT INTO run_report_count (execution_id, section, name, detail, count) "
                        + "VALUES (?, 'STEP', ?, '', ?)").params(id, step.getStepName(), millis(step)).update();
            }
        }
        log.info("Run report of execution {} ({}) written in {} ms: actions {} in {} ms, totals {} ms, rows {} ms", id,
                runDate, (System.nanoTime() - started) / 1_000_000, source, (counted - started) / 1_000_000,
                (header - counted) / 1_000_000, (System.nanoTime() - header) / 1_000_000);
    }

    private boolean firstExecution(JobExecution execution) {
        return jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ? AND JOB_EXECUTION_ID < ?")
                .params(execution.getJobInstance().getInstanceId(), execution.getId()).query(Long.class).single() == 0;
    }

    /**
     * The date's actions counted once from the action log, finely, in two id ranges side by side: the database groups
     * rows at about 3 µs each, whatever the key, so one grouping split over the cores replaces three whole ones.
     */
    private ActionTally tally(LocalDate runDate) {
        ActionTally tally = new ActionTally();
        long[] bounds = jdbc.sql("SELECT MIN(id), MAX(id) FROM retention_action WHERE run_date = ?")
                .param(runDate)
                .query((rs, n) -> rs.getObject(1) == null ? null : new long[] { rs.getLong(1), rs.getLong(2) })
                .optional().orElse(null);
        if (bounds == null) {
            return tally;
        }
        parallel.runInRanges(bounds[0], bounds[1], parallel.threads(), (from, to) -> jdbc.sql("SELECT action_code, "
                + "channel, status, rule_name, COALESCE(reason, ''), COUNT(*) FROM retention_action "
                + "WHERE run_date = ? AND id BETWEEN ? AND ? GROUP BY action_code, channel, status, rule_name, reason")
                .params(runDate, from, to)
                .query(rs -> {
                    tally.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getLong(6));
                }));
        return tally;
    }

    private long customersEvaluated(JobExecution execution) {
        // Read counts are committed with each chunk, so their sum over every execution of the date is exactly the
        // number of customers evaluated, whatever was killed in between.
        return count("SELECT COALESCE(SUM(s.READ_COUNT), 0) FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e "
                + "ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID WHERE e.JOB_INSTANCE_ID = ? "
                + "AND s.STEP_NAME LIKE '" + WORKER_STEPS + "%'", execution.getJobInstance().getInstanceId());
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
