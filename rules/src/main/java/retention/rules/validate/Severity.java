package retention.rules.validate;

/**
 * How serious a finding is.
 */
public enum Severity {
    /** The rule book is wrong: it would not run, or would not do what its words say. */
    ERROR,
    /** The rule book runs, but probably not as its authors intend; refused only with {@code --strict}. */
    WARNING
}
