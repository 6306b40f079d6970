package retention.batch.contact;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import retention.batch.contact.ContactPolicyProperties.ChannelCaps;
import retention.batch.sendtime.SendWindow;
import retention.rules.facts.Channel;

/**
 * Decides whether, and when, one message may go to one customer. Opt-outs suppress; caps and the cooldown
 * postpone to the next free slot of the customer's send window; a message with no free slot before its validity
 * ends expires. Every answer but SEND says why.
 */
@Component
@EnableConfigurationProperties(ContactPolicyProperties.class)
public class ContactPolicy {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int MAX_STEPS = 64;

    private final ContactPolicyProperties limits;

    public ContactPolicy(ContactPolicyProperties limits) {
        this.limits = limits;
    }

    /**
     * @param customer the customer and their consents
     * @param channel the message's channel
     * @param history the customer's recent recall messages and ignored recalls
     * @param blockedReason why the channel's address is on the do-not-contact list, or null when it is not
     * @param window when the customer may receive messages over this channel
     * @param planned when the message is due
     * @param expiresAt the end of its validity
     */
    public Verdict decide(CustomerContact customer, Channel channel, ContactHistory history, String blockedReason,
            SendWindow window, Instant planned, Instant expiresAt) {
        if (customer.doNotContact()) {
            return Verdict.suppress("customer asked not to be contacted (do-not-contact)");
        }
        if (customer.address(channel) == null) {
            return Verdict.suppress("no " + addressName(channel) + " for " + channel);
        }
        if (!customer.consents(channel)) {
            return Verdict.suppress("no consent to " + channel);
        }
        if (blockedReason != null) {
            return Verdict.suppress("the " + addressName(channel) + " is on the do-not-contact list: " + blockedReason);
        }
        if (channel == Channel.PHONE) {
            return Verdict.send(planned);
        }
        if (history.ignoredRecalls() >= limits.maxIgnoredRecalls()) {
            return Verdict.suppress("ignored the last " + history.ignoredRecalls() + " recalls; contact stops after "
                    + limits.maxIgnoredRecalls());
        }
        return schedule(channel, history, window, planned, expiresAt);
    }

    private Verdict schedule(Channel channel, ContactHistory history, SendWindow window, Instant planned,
            Instant expiresAt) {
        Instant at = planned;
        Set<String> reasons = new LinkedHashSet<>();
        for (int step = 0; step < MAX_STEPS; step++) {
            Conflict conflict = firstConflict(channel, history, window.zone(), at);
            if (conflict == null) {
                break;
            }
            reasons.add(conflict.reason());
            at = window.earliestFrom(conflict.freeFrom());
            if (at.isAfter(expiresAt)) {
                return new Verdict(Verdict.Outcome.EXPIRE, null, String.join("; ", reasons)
                        + "; no free slot before it expires at " + local(expiresAt, window.zone()));
            }
        }
        if (at.equals(planned)) {
            return Verdict.send(planned);
        }
        return new Verdict(Verdict.Outcome.POSTPONE, at, String.join("; ", reasons) + "; postponed to "
                + local(at, window.zone()));
    }

    private Conflict firstConflict(Channel channel, ContactHistory history, ZoneId zone, Instant at) {
        Duration cooldown = limits.cooldown();
        for (Contact c : history.contacts()) {
            if (Duration.between(c.at(), at).abs().compareTo(cooldown) < 0) {
                return new Conflict("cooldown of " + hours(cooldown) + " after the recall of " + local(c.at(), zone),
                        c.at().plus(cooldown));
            }
        }
        ChannelCaps caps = limits.caps(channel);
        Conflict day = dailyCap(history, zone, at, null, limits.maxPerDay());
        day = day != null ? day : dailyCap(history, zone, at, channel, caps.maxPerDay());
        if (day != null) {
            return day;
        }
        Conflict week = weeklyCap(history, zone, at, null, limits.maxPerWeek());
        return week != null ? week : weeklyCap(history, zone, at, channel, caps.maxPerWeek());
    }

    private static Conflict dailyCap(ContactHistory history, ZoneId zone, Instant at, Channel channel, Integer max) {
        if (max == null) {
            return null;
        }
        LocalDate day = at.atZone(zone).toLocalDate();
        long count = history.contacts().stream().filter(c -> matches(c, channel))
                .filter(c -> c.at().atZone(zone).toLocalDate().equals(day)).count();
        if (count < max) {
            return null;
        }
        return new Conflict("daily cap of " + max + (channel == null ? "" : " " + channel) + " message(s) reached on "
                + day, day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static Conflict weeklyCap(ContactHistory history, ZoneId zone, Instant at, Channel channel, Integer max) {
        if (max == null) {
            return null;
        }
        LocalDate day = at.atZone(zone).toLocalDate();
        LocalDate oldest = null;
        long count = 0;
        for (Contact c : history.contacts()) {
            LocalDate sent = c.at().atZone(zone).toLocalDate();
            if (matches(c, channel) && !sent.isBefore(day.minusDays(6)) && !sent.isAfter(day)) {
                count++;
                oldest = oldest == null || sent.isBefore(oldest) ? sent : oldest;
            }
        }
        if (count < max) {
            return null;
        }
        return new Conflict("weekly cap of " + max + (channel == null ? "" : " " + channel)
                + " message(s) in 7 days reached", oldest.plusDays(7).atStartOfDay(zone).toInstant());
    }

    private static boolean matches(Contact contact, Channel channel) {
        return channel == null || channel == contact.channel();
    }

    private static String addressName(Channel channel) {
        return switch (channel) {
            case SMS, PHONE -> "phone number";
            case EMAIL -> "e-mail address";
            case WECHAT -> "WeChat openid";
            case PUSH -> "push token";
            case LOG -> "address";
        };
    }

    static String local(Instant at, ZoneId zone) {
        return LOCAL.format(at.atZone(zone)) + " " + zone;
    }

    private static String hours(Duration duration) {
        return duration.toMinutes() % 60 == 0 ? duration.toHours() + "h" : duration.toMinutes() + "min";
    }

    private record Conflict(String reason, Instant freeFrom) {
    }
}
