package retention.batch.nightly;

import java.time.LocalDate;

import org.springframework.batch.core.step.StepExecution;

/**
 * The {@code runDate} job parameter: the night the run is for.
 */
final class RunDateParameter {

    static final String NAME = "runDate";

    private RunDateParameter() {
    }

    static LocalDate of(StepExecution step) {
        LocalDate date = step.getJobExecution().getJobParameters().getLocalDate(NAME);
        if (date == null) {
            throw new IllegalArgumentException("the nightly job needs a runDate parameter");
        }
        return date;
    }
}
