package retention.batch.outbox;

import java.util.concurrent.atomic.LongAdder;

/**
 * Where planning a night's messages spent its time, summed over the customer ranges' threads: reading the planned
 * actions, the four lookups per window, the contact policy, and the outbox insert. Logged with the plan, so that a
 * slow night says why.
 */
final class PlanningTimes {

    final Phase actions = new Phase();
    final Phase customers = new Phase();
    final Phase activity = new Phase();
    final Phase histories = new Phase();
    final Phase blocked = new Phase();
    final Phase decide = new Phase();
    final Phase insert = new Phase();

    @Override
    public String toString() {
        return String.format("thread time: planned actions %.1f s, customers %.1f s, activity hours %.1f s, "
                + "contact histories %.1f s, do-not-contact %.1f s, policy %.1f s, insert %.1f s", actions.seconds(),
                customers.seconds(), activity.seconds(),
                histories.seconds(), blocked.seconds(), decide.seconds(), insert.seconds());
    }

    static final class Phase {

        private final LongAdder nanos = new LongAdder();

        /** Adds the time since {@code started} and returns now, the start of the next phase. */
        long lap(long started) {
            long now = System.nanoTime();
            nanos.add(now - started);
            return now;
        }

        double seconds() {
            return nanos.sum() / 1e9;
        }
    }
}
