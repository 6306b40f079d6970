package retention.app.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.TreeSet;

import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Component;

import retention.batch.outbox.SendSlots;
import retention.batch.sendtime.SendTimeProperties;

/**
 * One Quartz trigger per send slot, stored in the database like the nightly one, so that each slot fires once in
 * the cluster and survives restarts. A time between two slot boundaries (a retry, an expiring lease) gets the
 * next boundary's trigger.
 * <p>
 * Misfire policy: fire now. A slot missed while every instance was down fires at start-up; the dispatcher then
 * sends what is still within its validity and expires the rest with the reason.
 */
@Component
class QuartzSendSlots implements SendSlots {

    static final String GROUP = "send-slots";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

    private final Scheduler scheduler;
    private final JobDetail dispatchJobDetail;
    private final Duration slot;

    QuartzSendSlots(Scheduler scheduler, JobDetail dispatchJobDetail, SendTimeProperties sendTime) {
        this.scheduler = scheduler;
        this.dispatchJobDetail = dispatchJobDetail;
        this.slot = sendTime.slot();
    }

    @Override
    public void ensure(Collection<Instant> sendTimes) {
        TreeSet<Instant> slots = new TreeSet<>();
        sendTimes.forEach(t -> slots.add(slotBoundaryAtOrAfter(t)));
        for (Instant start : slots) {
            TriggerKey key = TriggerKey.triggerKey("send-slot-" + NAME.format(start), GROUP);
            try {
                if (!scheduler.checkExists(key)) {
                    scheduler.scheduleJob(trigger(key, start));
                }
            }
            catch (SchedulerException ex) {
                // Another instance stored the same slot between our check and our insert: Quartz reports it as
                // ObjectAlreadyExistsException or, in a clustered JDBC store, as a duplicate key. One trigger, as
                // intended.
                if (!exists(key)) {
                    throw new IllegalStateException("Cannot schedule send slot " + key.getName(), ex);
                }
            }
        }
    }

    private boolean exists(TriggerKey key) {
        try {
            return scheduler.checkExists(key);
        }
        catch (SchedulerException ex) {
            return false;
        }
    }

    private Trigger trigger(TriggerKey key, Instant start) {
        // A slot already past fires now: left in the past, Quartz would wait for its misfire scan (up to the
        // misfire threshold) before firing it.
        Instant now = Instant.now();
        return TriggerBuilder.newTrigger().withIdentity(key).forJob(dispatchJobDetail.getKey())
                .startAt(Date.from(start.isBefore(now) ? now : start))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    Instant slotBoundaryAtOrAfter(Instant time) {
        long seconds = slot.toSeconds();
        long epoch = time.getEpochSecond() + (time.getNano() > 0 ? 1 : 0);
        return Instant.ofEpochSecond(Math.floorDiv(epoch + seconds - 1, seconds) * seconds);
    }
}
