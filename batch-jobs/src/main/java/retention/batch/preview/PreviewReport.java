package retention.batch.preview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a candidate rule book would change on a run date's stored facts, compared with the live rule book.
 *
 * @param runDate the run date whose facts were evaluated
 * @param live the live rule book, as people name it ({@code v3 (a1b2c3d4e5f6)})
 * @param candidate the candidate, by folder and short content hash
 * @param customers customers evaluated
 * @param changes the planned actions added, removed and changed, by action and channel, the largest first
 * @param messagesBefore messages the live rule book plans
 * @param messagesAfter messages the candidate plans
 * @param costBefore estimated cost of the live rule book's planned actions (actions.csv {@code cost})
 * @param costAfter the same for the candidate
 */
public record PreviewReport(LocalDate runDate, String live, String candidate, long customers,
        List<PreviewChange> changes, long messagesBefore, long messagesAfter, BigDecimal costBefore,
        BigDecimal costAfter) {

    public PreviewReport {
        changes = List.copyOf(changes);
    }
}
