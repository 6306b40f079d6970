package retention.app.api.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the API reads run reports from. Today that is Spring Batch's job repository ({@link BatchRuns}); the stored
 * run report of issue 5 can replace it behind this interface.
 */
public interface Runs {

    /** The newest executions first, optionally of one run date only. */
    List<Run> list(LocalDate runDate, int limit);

    Optional<Run> find(long executionId);
}
