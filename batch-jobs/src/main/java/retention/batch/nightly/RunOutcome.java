package retention.batch.nightly;

/**
 * How a request to run a night ended.
 */
public enum RunOutcome {
    /** The run went through now. */
    COMPLETED,
    /** The date had already been run to completion; nothing was added. */
    ALREADY_COMPLETED,
    /** The run stopped with an error; running the date again resumes it. */
    FAILED
}
