package retention.app.bench;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A night's decisions reduced to a count and an order-independent checksum over what each action row says (not its
 * id or time), so that two runs of the same night can be shown to have decided the same.
 *
 * @param actions the night's action rows
 * @param checksum the sum of the rows' CRC-32s
 */
public record DecisionChecksum(long actions, long checksum) {

    public static DecisionChecksum of(JdbcClient jdbc, LocalDate runDate) {
        return jdbc.sql("SELECT COUNT(*) AS actions, COALESCE(SUM(CRC32(CONCAT_WS('|', customer_id, action_code, "
                + "kind, status, channel, rule_name, priority, COALESCE(offer, ''), COALESCE(template, ''), "
                + "COALESCE(reason, ''), COALESCE(explanation, '')))), 0) AS checksum FROM retention_action "
                + "WHERE run_date = ?").param(runDate).query(DecisionChecksum.class).single();
    }
}
