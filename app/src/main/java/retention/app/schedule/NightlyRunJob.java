package retention.app.schedule;

import java.time.Clock;
import java.time.LocalDate;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

import retention.batch.measure.AttributionRun;
import retention.batch.nightly.NightlyRun;
import retention.batch.nightly.NightlyRunResult;
import retention.batch.nightly.RunOutcome;

/**
 * The Quartz job behind the nightly cron trigger: runs the night of today's date in the shop's time zone, then the
 * attribution job as of yesterday.
 */
@DisallowConcurrentExecution
class NightlyRunJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(NightlyRunJob.class);

    private final NightlyRun nightlyRun;
    private final AttributionRun attributionRun;
    private final ScheduleProperties schedule;
    private final Clock clock;

    NightlyRunJob(NightlyRun nightlyRun, AttributionRun attributionRun, ScheduleProperties schedule, Clock clock) {
        this.nightlyRun = nightlyRun;
        this.attributionRun = attributionRun;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        LocalDate today = LocalDate.now(clock.withZone(schedule.zone()));
        NightlyRunResult result = nightlyRun.run(today);
        log.info("Nightly run for {}: {}, {} customers, {} actions, rule book {}", today, result.outcome(),
                result.customersEvaluated(), result.actionCount(), result.ruleBookVersion());
        if (result.outcome() == RunOutcome.FAILED) {
            throw new JobExecutionException("nightly run for " + today + " failed: " + result.failure());
        }
        // Yesterday is the last whole day of orders: attributing as of it closes the windows that ended then.
        long attributed = attributionRun.run(today.minusDays(1));
        log.info("Attributed {} actions as of {}", attributed, today.minusDays(1));
    }
}
