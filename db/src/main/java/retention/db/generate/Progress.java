package retention.db.generate;

import java.util.function.Consumer;

/** Tells the caller how far the generation is, about every 10% of the customers, with the rows written per second. */
final class Progress {

    private static final int STEPS = 10;

    private final Consumer<String> sink;
    private final long customers;
    private final long startNanos = System.nanoTime();
    private long doneCustomers;
    private long doneRows;
    private int reportedSteps;

    Progress(Consumer<String> sink, long customers) {
        this.sink = sink;
        this.customers = customers;
    }

    void say(String message) {
        sink.accept(message);
    }

    synchronized void done(long customersDone, long rowsDone) {
        doneCustomers += customersDone;
        doneRows += rowsDone;
        int steps = (int) (doneCustomers * STEPS / customers);
        if (steps > reportedSteps) {
            reportedSteps = steps;
            double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
            sink.accept(String.format("%,d of %,d customers (%d%%), %,d rows, %,.0f rows/s", doneCustomers, customers,
                    doneCustomers * 100 / customers, doneRows, doneRows / seconds));
        }
    }
}
