package retention.app.simulate;

import java.time.LocalDate;
import java.util.Map;

import retention.db.simulate.TrueUplift;

/**
 * What a simulation played.
 *
 * @param from the first night
 * @param to the last night
 * @param truth the true uplift of each rule that chose anyone, by rule name
 * @param customers customers in the market
 */
public record MarketRun(LocalDate from, LocalDate to, Map<String, TrueUplift> truth, int customers) {
}
