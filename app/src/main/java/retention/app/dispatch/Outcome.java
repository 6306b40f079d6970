package retention.app.dispatch;

import java.time.Instant;

/**
 * What became of one claimed message in a dispatch run, as written back to the outbox and the attempt log.
 *
 * @param message the message
 * @param kind what happened
 * @param sendAt when it is due next (RETRY, POSTPONED), else null
 * @param detail the reason or the provider's answer
 * @param personalized whether the sent text addressed the customer personally (SENT)
 */
record Outcome(DueMessage message, Kind kind, Instant sendAt, String detail, boolean personalized) {

    /** The outcomes of a dispatch decision, with the outbox status each leaves. */
    enum Kind {
        SENT("SENT"), RETRY("RETRY"), FAILED("FAILED"), EXPIRED("EXPIRED"), SUPPRESSED("SUPPRESSED"),
        POSTPONED("PENDING");

        final String status;

        Kind(String status) {
            this.status = status;
        }
    }

    static Outcome of(DueMessage message, Kind kind, String detail) {
        return new Outcome(message, kind, null, detail, false);
    }
}
