package retention.app.cli;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import retention.app.RetentionApplication;

/**
 * Starts the Spring context a command needs. A one-shot command keeps the console for its own output and logs to
 * {@code data/logs/retention.log}; the service logs to the console too and starts the Quartz scheduler.
 */
final class Launcher {

    private final Map<String, Object> overrides;

    Launcher(Map<String, Object> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * A property as the contexts will see it before they start: the caller's override, else the environment
     * variable the application properties read it from, else null.
     */
    String property(String key, String environmentVariable) {
        Object value = overrides.get(key);
        return value != null ? value.toString() : System.getenv(environmentVariable);
    }

    /** This launcher with more properties of its own, above the caller's (a simulation's own database). */
    Launcher with(Map<String, Object> more) {
        Map<String, Object> merged = new HashMap<>(overrides);
        merged.putAll(more);
        return new Launcher(merged);
    }

    /** A context for a command that runs and exits: no web server, no schedule. */
    ConfigurableApplicationContext command() {
        return command(Map.of());
    }

    /** A context for a command that runs and exits, with the command's own defaults (the caller's still win). */
    ConfigurableApplicationContext command(Map<String, Object> commandDefaults) {
        Map<String, Object> properties = new HashMap<>(commandDefaults);
        properties.put("logging.threshold.console", "OFF");
        properties.put("spring.quartz.auto-startup", "false");
        return start(properties, WebApplicationType.NONE);
    }

    /** The long-running service: the REST API and the schedule until the process is stopped; rule book edits go live. */
    ConfigurableApplicationContext service() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.quartz.auto-startup", "true");
        properties.put("spring.main.keep-alive", "true");
        properties.put("retention.rules.reload.enabled", "true");
        return start(properties, WebApplicationType.SERVLET);
    }

    private ConfigurableApplicationContext start(Map<String, Object> modeDefaults, WebApplicationType web) {
        return new SpringApplicationBuilder(RetentionApplication.class)
                .web(web)
                .logStartupInfo(false)
                .properties(modeDefaults)
                .listeners(new Overrides(overrides))
                .run();
    }

    /** Puts the caller's properties above every other source, application.properties included. */
    private record Overrides(Map<String, Object> properties)
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            if (!properties.isEmpty()) {
                event.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("retention-overrides", properties));
            }
        }
    }
}
