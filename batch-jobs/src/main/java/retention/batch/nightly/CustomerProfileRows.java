package retention.batch.nightly;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import retention.rules.facts.CauseEvidence;
import retention.rules.facts.Channel;
import retention.rules.facts.CustomerProfile;
import retention.rules.facts.RfmSegment;
import retention.rules.facts.Stage;

/**
 * Maps a {@code customer_feature} row, with the customer's causes, to the fact rules see.
 */
final class CustomerProfileRows {

    static final String COLUMNS = "customer_id, run_date, stage, registered_days, orders_total, recency_days, "
            + "frequency, monetary, r_score, f_score, m_score, rfm_segment, orders_90d, orders_prev_90d, "
            + "frequency_trend, aov_trend, inquiry_trend, early_warning, complaints_90d, unresolved_tickets, last_nps, "
            + "nps_detractor, coupon_share, days_since_last_contact, answered_last_recall, ignored_recalls, language, "
            + "preferred_channel, reachable_channels, city, p_alive, expected_purchases_90d, expected_order_value, "
            + "clv_12m";

    private CustomerProfileRows() {
    }

    static CustomerProfile map(ResultSet rs, List<CauseEvidence> causes) throws SQLException {
        return new CustomerProfile(rs.getLong("customer_id"), rs.getObject("run_date", java.time.LocalDate.class),
                Stage.valueOf(rs.getString("stage")), rs.getInt("registered_days"), rs.getInt("orders_total"),
                rs.getObject("recency_days", Integer.class), rs.getInt("frequency"), rs.getBigDecimal("monetary"),
                rs.getInt("r_score"), rs.getInt("f_score"), rs.getInt("m_score"),
                RfmSegment.valueOf(rs.getString("rfm_segment")), rs.getInt("orders_90d"), rs.getInt("orders_prev_90d"),
                rs.getObject("frequency_trend", Double.class), rs.getObject("aov_trend", Double.class),
                rs.getObject("inquiry_trend", Double.class), rs.getBoolean("early_warning"),
                rs.getInt("complaints_90d"), rs.getInt("unresolved_tickets"), rs.getObject("last_nps", Integer.class),
                rs.getBoolean("nps_detractor"), rs.getDouble("coupon_share"), rs.getInt("days_since_last_contact"),
                rs.getBoolean("answered_last_recall"), rs.getInt("ignored_recalls"), rs.getString("language"),
                Channel.valueOf(rs.getString("preferred_channel")), channels(rs.getString("reachable_channels")),
                rs.getString("city"), causes, rs.getObject("p_alive", Double.class),
                rs.getObject("expected_purchases_90d", Double.class),
                rs.getBigDecimal("expected_order_value"), rs.getBigDecimal("clv_12m"));
    }

    private static Set<Channel> channels(String list) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (list != null && !list.isBlank()) {
            Arrays.stream(list.split(",")).map(String::trim).map(Channel::valueOf).forEach(channels::add);
        }
        return channels;
    }
}
