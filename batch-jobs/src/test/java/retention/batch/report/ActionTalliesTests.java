package retention.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

import retention.db.action.ActionRow;

/**
 * The counts taken while writing stand for the date's actions only when they cover all of them.
 */
class ActionTalliesTests {

    static final String WORKERS = "evaluateRulesWorkerStep:";

    final ActionTallies tallies = new ActionTallies();
    final JobExecution execution = new JobExecution(7, new JobInstance(3, "nightly-retention"), new JobParameters());

    @Test
    void sumsTheTalliesOfEveryCompletedWorkerIntoTheBreakdowns() {
        complete(worker("partition0", BatchStatus.COMPLETED), action("VIP_PERK", "PLANNED", null),
                action("VIP_PERK", "OUTRANKED", "outranked by WINBACK_DISCOUNT"));
        complete(worker("partition1", BatchStatus.COMPLETED), action("VIP_PERK", "PLANNED", null));

        List<RunReportCount> breakdowns = tallies.take(execution, WORKERS, true).orElseThrow().breakdowns();

        assertThat(breakdowns).containsExactlyInAnyOrder(
                new RunReportCount("ACTION", "VIP_PERK", "WECHAT OUTRANKED", 1),
                new RunReportCount("ACTION", "VIP_PERK", "WECHAT PLANNED", 2),
                new RunReportCount("REASON", "OUTRANKED", "outranked by WINBACK_DISCOUNT", 1),
                new RunReportCount("RULE", "VIP perk", "OUTRANKED", 1),
                new RunReportCount("RULE", "VIP perk", "PLANNED", 2));
    }

    @Test
    void refusesWhenAnEarlierExecutionOfTheNightWroteActionsToo() {
        complete(worker("partition0", BatchStatus.COMPLETED), action("VIP_PERK", "PLANNED", null));

        assertThat(tallies.take(execution, WORKERS, false)).isEmpty();
    }

    @Test
    void refusesWhenAWorkerFailedOrCountedNothing() {
        complete(worker("partition0", BatchStatus.COMPLETED), action("VIP_PERK", "PLANNED", null));
        StepExecution failed = worker("partition1", BatchStatus.FAILED);
        tallies.completed(failed, tallies.open());

        assertThat(tallies.take(execution, WORKERS, true)).isEmpty();
    }

    @Test
    void forgetsAnExecutionOnceTaken() {
        complete(worker("partition0", BatchStatus.COMPLETED), action("VIP_PERK", "PLANNED", null));

        assertThat(tallies.take(execution, WORKERS, true)).isPresent();
        assertThat(tallies.take(execution, WORKERS, true)).isEmpty();
    }

    private StepExecution worker(String partition, BatchStatus status) {
        StepExecution step = new StepExecution(execution.getStepExecutions().size() + 1, WORKERS + partition, execution);
        step.setStatus(status);
        execution.addStepExecution(step);
        return step;
    }

    private void complete(StepExecution step, ActionRow... rows) {
        ActionTally tally = tallies.open();
        tally.add(List.of(rows));
        tallies.completed(step, tally);
    }

    private static ActionRow action(String code, String status, String reason) {
        return new ActionRow(LocalDate.of(2026, 11, 23), 1, code, "MESSAGE", status, "WECHAT", "VIP perk", 1, 50, null,
                null, reason, "stage = LOYAL", LocalDateTime.of(2026, 11, 23, 1, 0));
    }
}
