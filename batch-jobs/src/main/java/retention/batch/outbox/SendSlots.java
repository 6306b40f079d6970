package retention.batch.outbox;

import java.time.Instant;
import java.util.Collection;

/**
 * Makes sure a send slot fires at each of the given times. The application implements it with one Quartz
 * trigger per slot; without an implementation (batch tests) planning only fills the outbox.
 */
public interface SendSlots {

    /** Idempotent: a slot that already has its trigger keeps it. */
    void ensure(Collection<Instant> sendTimes);
}
