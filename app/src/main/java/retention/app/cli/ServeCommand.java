package retention.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retention.app.schedule.ScheduleProperties;

/**
 * Runs the service: the REST API answers and the Quartz schedule fires the nightly run until the process is stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = { "Run as a service: the REST API and the nightly job on its schedule.",
                "The API listens on 127.0.0.1:8080 (RETENTION_PORT, RETENTION_ADDRESS); the nightly job runs at",
                "02:00 Asia/Shanghai unless configured otherwise." })
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    RetentionCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws SchedulerException {
        PrintWriter out = spec.commandLine().getOut();
        ConfigurableApplicationContext context = root.launcher().service();
        ScheduleProperties schedule = context.getBean(ScheduleProperties.class);
        Trigger trigger = context.getBean(Scheduler.class).getTrigger(TriggerKey.triggerKey("nightly-retention-cron"));
        out.printf("Retention is running. Nightly run: cron '%s' in %s, next at %s.%n", schedule.nightlyCron(),
                schedule.zone(), trigger == null ? "?" : trigger.getNextFireTime().toInstant().atZone(schedule.zone()));
        out.printf("REST API: http://%s:%s/api/v1 (send an API key in the X-API-Key header; docs/api.md).%n",
                context.getEnvironment().getProperty("server.address", "127.0.0.1"),
                context.getEnvironment().getProperty("local.server.port", "?"));
        out.println("Stop with Ctrl+C or SIGTERM.");
        out.flush();
        return RetentionCommandLine.KEEP_RUNNING;
    }
}
