package retention.app.api;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import retention.rules.facts.Channel;

/**
 * The values list filters accept for channels and statuses.
 */
public final class Channels {

    /** Every channel name. */
    public static final Set<String> NAMES = Arrays.stream(Channel.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    /** Statuses of an action in the log. */
    public static final Set<String> ACTION_STATUSES = Set.of("PLANNED", "OUTRANKED", "SUPPRESSED", "HELD_OUT");

    /** Statuses of a delivery (an outbox row). */
    public static final Set<String> DELIVERY_STATUSES = Set.of("PENDING", "CLAIMED", "SENT", "RETRY", "FAILED",
            "EXPIRED", "CANCELLED");

    private Channels() {
    }
}
