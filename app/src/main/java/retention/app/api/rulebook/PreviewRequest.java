package retention.app.api.rulebook;

import java.time.LocalDate;
import java.util.List;

/**
 * What to preview.
 *
 * @param runDate the run date whose customer facts to evaluate
 * @param customerIds the customers, at most 100
 */
public record PreviewRequest(LocalDate runDate, List<Long> customerIds) {
}
