package retention.db.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plans the rivals' campaigns from the seed alone and writes them to market_event. */
final class MarketEvents {

    static final String KIND = "COMPETITOR_CAMPAIGN";

    private static final String INSERT = "INSERT INTO market_event (kind, name, city, started_at, ended_at) "
            + "VALUES (?, ?, ?, ?, ?)";

    private MarketEvents() {
    }

    /** Two or three campaigns in different big cities, started 100 to 300 days before asOf. */
    static List<Campaign> plan(long seed) {
        Dice dice = Dice.of(seed, Seeds.MARKET);
        List<String> cities = new ArrayList<>(Catalogue.CAMPAIGN_CITIES);
        int count = dice.between(2, 3);
        List<Campaign> campaigns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String city = cities.remove(dice.between(0, cities.size() - 1));
            String rival = dice.pick(Catalogue.RIVALS);
            campaigns.add(new Campaign(rival + "百亿补贴（" + city + "）", city, dice.between(100, 300)));
        }
        return List.copyOf(campaigns);
    }

    static void insert(Connection connection, Timeline timeline, List<Campaign> campaigns) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            for (Campaign campaign : campaigns) {
                statement.setString(1, KIND);
                statement.setString(2, campaign.name());
                statement.setString(3, campaign.city());
                statement.setObject(4, timeline.at(campaign.startDay(), 0));
                statement.setObject(5, timeline.at(campaign.startDay() - Campaign.DAYS, 0));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
