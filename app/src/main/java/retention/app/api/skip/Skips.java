package retention.app.api.skip;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the API reads the skip log from. The nightly run keeps none yet; issue 5 adds it and an implementation over
 * it replaces the empty one of {@link SkipConfiguration}.
 */
public interface Skips {

    /** The skips of a night, after the given id, at most {@code limit}. */
    List<Skip> list(LocalDate runDate, long afterId, int limit);
}
