package retention.app.schedule;

import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

import retention.app.dispatch.DispatchSummary;
import retention.app.dispatch.Dispatcher;

/**
 * The Quartz job behind every send slot trigger: sends what is due. Not marked
 * {@code @DisallowConcurrentExecution}: overlapping slots on several instances are safe because rows are claimed
 * with {@code SKIP LOCKED} and a lease.
 */
class DispatchSlotJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(DispatchSlotJob.class);

    private final Dispatcher dispatcher;

    DispatchSlotJob(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        String trigger = context.getTrigger().getKey().getName();
        DispatchSummary summary = dispatcher.dispatchDue(trigger);
        log.info("Send slot {}: {}", trigger, summary);
    }
}
