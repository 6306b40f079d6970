package retention.rules.holdout;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Places a customer in an experiment's control or treated arm by a hash of the customer id and the experiment key
 * (the rule's name, or the global control group's key). No state and no random generator: the same customer lands
 * in the same arm every night, after a restart and on every machine, as long as the key and the share stay the
 * same. SHA-256 rather than {@code String.hashCode}: its output is uniform, so a share of 10% holds out 10% of
 * any set of ids, consecutive ones included, and the arms of two experiments are independent of each other.
 */
public final class HoldoutSplit {

    private HoldoutSplit() {
    }

    /** A number in [0, 1) fixed by the customer and the experiment. */
    public static double position(long customerId, String experimentKey) {
        byte[] digest = sha256().digest((customerId + "\u0000" + experimentKey).getBytes(StandardCharsets.UTF_8));
        long top53 = ByteBuffer.wrap(digest).getLong() >>> 11;
        return top53 / (double) (1L << 53);
    }

    /** Whether the customer is in the control arm of an experiment that holds out {@code share} of its customers. */
    public static boolean heldOut(long customerId, String experimentKey, double share) {
        return share > 0 && position(customerId, experimentKey) < share;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }
}
