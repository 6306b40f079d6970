package retention.batch.nightly;

import java.time.LocalDate;

/**
 * A second launch of a date while a run of it is going on: refused, so that no customer is evaluated twice.
 */
public class RunAlreadyRunningException extends RuntimeException {

    public RunAlreadyRunningException(LocalDate runDate, String holder) {
        super("The nightly run for " + runDate + " is already running (" + holder + "); this launch was refused. "
                + "Wait for it to finish, or stop that process first.");
    }
}
