package retention.batch.nightly;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    private static final Map<String, Set<Channel>> CHANNEL_LISTS = new ConcurrentHashMap<>();

    private CustomerProfileRows() {
    }

    /**
     * Reads the row's columns by position, in the order of {@link #COLUMNS}: by label, Connector/J looks every name up
     * in a map, thirty-four times for each of a million customers a night.
     */
    static CustomerProfile map(ResultSet rs, List<CauseEvidence> causes) throws SQLException {
        return new CustomerProfile(rs.getLong(1), rs.getObject(2, LocalDate.class), Stage.valueOf(rs.getString(3)),
                rs.getInt(4), rs.getInt(5), integer(rs, 6), rs.getInt(7), rs.getBigDecimal(8), rs.getInt(9),
                rs.getInt(10), rs.getInt(11), RfmSegment.valueOf(rs.getString(12)), rs.getInt(13), rs.getInt(14),
                decimal(rs, 15), decimal(rs, 16), decimal(rs, 17), rs.getBoolean(18), rs.getInt(19), rs.getInt(20),
                integer(rs, 21), rs.getBoolean(22), rs.getDouble(23), rs.getInt(24), rs.getBoolean(25), rs.getInt(26),
                rs.getString(27), Channel.valueOf(rs.getString(28)), channels(rs.getString(29)), rs.getString(30),
                causes, decimal(rs, 31), decimal(rs, 32), rs.getBigDecimal(33), rs.getBigDecimal(34));
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Double decimal(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /** The channel lists come in a handful of combinations; each is parsed once. */
    private static Set<Channel> channels(String list) {
        return list == null ? Set.of() : CHANNEL_LISTS.computeIfAbsent(list, CustomerProfileRows::parseChannels);
    }

    private static Set<Channel> parseChannels(String list) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (!list.isBlank()) {
            Arrays.stream(list.split(",")).map(String::trim).map(Channel::valueOf).forEach(channels::add);
        }
        return Set.copyOf(channels);
    }
}
