package retention.app.schedule;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the nightly run with Quartz. The job store is the database, so the trigger survives restarts and,
 * clustered, fires on one instance only.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleProperties.class)
class NightlyScheduleConfiguration {

    static final String JOB = "nightly-retention";

    @Bean
    JobDetail nightlyRunJobDetail() {
        return JobBuilder.newJob(NightlyRunJob.class).withIdentity(JOB).storeDurably()
                .withDescription("Evaluate every customer against the rule book and plan the messages")
                .requestRecovery().build();
    }

    @Bean
    Trigger nightlyRunTrigger(JobDetail nightlyRunJobDetail, ScheduleProperties schedule) {
        // After downtime a missed night runs once at start-up rather than being skipped: the run is idempotent.
        CronScheduleBuilder cron = CronScheduleBuilder.cronSchedule(schedule.nightlyCron())
                .inTimeZone(TimeZone.getTimeZone(schedule.zone()))
                .withMisfireHandlingInstructionFireAndProceed();
        return TriggerBuilder.newTrigger().forJob(nightlyRunJobDetail).withIdentity(JOB + "-cron")
                .withSchedule(cron).build();
    }
}
