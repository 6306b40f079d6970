package retention.app.schedule;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dispatch job that every send slot trigger fires, and the check at service start that every message still
 * waiting has a trigger (for rows planned or postponed while no scheduler was writing triggers).
 */
@Configuration(proxyBeanMethods = false)
class DispatchScheduleConfiguration {

    static final String JOB = "dispatch";

    @Bean
    JobDetail dispatchJobDetail() {
        // Recovery: a slot whose instance died mid-run is run again by another instance; rows that instance had
        // claimed become due again when their lease ends.
        return JobBuilder.newJob(DispatchSlotJob.class).withIdentity(JOB).storeDurably().requestRecovery()
                .withDescription("Send the messages due in a send slot").build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureTriggersForWaitingMessages(ApplicationReadyEvent event) throws SchedulerException {
        Scheduler scheduler = event.getApplicationContext().getBean(Scheduler.class);
        if (!scheduler.isStarted()) {
            return;
        }
        JdbcClient jdbc = event.getApplicationContext().getBean(JdbcClient.class);
        List<java.time.Instant> times = new ArrayList<>();
        jdbc.sql("SELECT DISTINCT send_at FROM outbox WHERE status IN ('PENDING', 'RETRY')").query(LocalDateTime.class)
                .list().forEach(t -> times.add(t.toInstant(ZoneOffset.UTC)));
        jdbc.sql("SELECT MIN(lease_until) FROM outbox WHERE status = 'SENDING'").query(LocalDateTime.class).optional()
                .ifPresent(t -> times.add(t.toInstant(ZoneOffset.UTC)));
        event.getApplicationContext().getBean(QuartzSendSlots.class).ensure(times);
    }
}
