package retention.app.dispatch;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Records each dispatch run in {@code dispatch_run}: which trigger fired it on which instance, and what it did.
 */
@Component
class DispatchRuns {

    private final JdbcClient jdbc;

    DispatchRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(String trigger, String instance, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO dispatch_run (trigger_name, instance, started_at) VALUES (?, ?, ?)")
                .params(trigger, instance, OutboxClaims.utc(now)).update(key, "id");
        return key.getKey().longValue();
    }

    void finish(long run, Instant now, DispatchSummary summary) {
        jdbc.sql("UPDATE dispatch_run SET finished_at = ?, sent = ?, retried = ?, failed = ?, expired = ?, "
                + "suppressed = ?, postponed = ? WHERE id = ?")
                .params(OutboxClaims.utc(now), summary.sent(), summary.retried(), summary.failed(), summary.expired(),
                        summary.suppressed(), summary.postponed(), run)
                .update();
    }
}
