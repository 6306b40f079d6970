package retention.batch.contact;

import java.time.Instant;

/**
 * What the contact policy decided for one message.
 *
 * @param outcome send at the planned time, postpone, suppress or expire
 * @param at when it may go (SEND, POSTPONE), or null
 * @param reason why, in words; null for SEND
 */
public record Verdict(Outcome outcome, Instant at, String reason) {

    /** The policy's possible answers. */
    public enum Outcome {
        /** Goes at the planned time. */
        SEND,
        /** A cap or the cooldown hit: goes at the next free slot, still within its validity. */
        POSTPONE,
        /** Must not go at all: opt-out, do-not-contact, no address, too many ignored recalls. */
        SUPPRESS,
        /** No free slot before the message's validity ends. */
        EXPIRE
    }

    static Verdict send(Instant at) {
        return new Verdict(Outcome.SEND, at, null);
    }

    static Verdict suppress(String reason) {
        return new Verdict(Outcome.SUPPRESS, null, reason);
    }
}
