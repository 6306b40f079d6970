package retention.app.dispatch;

import java.util.function.Supplier;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the short claim and record transactions at READ COMMITTED, and again when the database chose one of them
 * as a deadlock victim. Two dispatch runs claiming at once (two slots, two instances) move rows in the same
 * (status, send_at) index; under REPEATABLE READ InnoDB's gap locks made them deadlock in the cluster test. A
 * victim is rolled back whole, so running it again is safe.
 */
final class LockConflicts {

    private static final int ATTEMPTS = 5;

    private final TransactionTemplate transaction;

    LockConflicts(PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            }
            catch (PessimisticLockingFailureException ex) {
                if (attempt == ATTEMPTS) {
                    throw ex;
                }
            }
        }
    }
}
