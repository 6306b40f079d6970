package retention.app.api.skip;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the API reads the skip log from: {@link SkipLog}, the rows the nightly data check left out.
 */
public interface Skips {

    /** The skips of a night, after the given id, at most {@code limit}. */
    List<Skip> list(LocalDate runDate, long afterId, int limit);
}
