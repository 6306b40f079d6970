package retention.app.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import retention.app.dispatch.channel.Delivery;
import retention.app.dispatch.channel.OutgoingMessage;
import retention.batch.contact.Addresses;
import retention.batch.contact.Contact;
import retention.batch.contact.ContactFacts;
import retention.batch.contact.ContactHistory;
import retention.batch.contact.ContactPolicy;
import retention.batch.contact.CustomerContact;
import retention.batch.contact.CustomerSet;
import retention.batch.contact.Verdict;
import retention.batch.outbox.SendSlots;
import retention.batch.sendtime.SendTimes;
import retention.batch.sendtime.SendWindow;
import retention.rules.facts.Channel;
import retention.rules.template.Recipient;
import retention.rules.template.RenderedMessage;
import retention.rules.template.TemplateException;
import retention.rules.template.TemplateSet;

/**
 * Sends what is due: claims batches of outbox rows, checks each against the contact policy and the customer's
 * quiet hours once more, renders it in the customer's language, sends it over its channel (several at a time),
 * and records the outcome of every message. Transient failures come back after an exponential backoff; a
 * message that cannot go before its validity ends expires with its reason.
 */
@Component
public class Dispatcher {

    private final OutboxClaims claims;
    private final DeliveryRecorder recorder;
    private final DispatchRuns runs;
    private final ContactFacts contactFacts;
    private final ContactPolicy policy;
    private final SendTimes sendTimes;
    private final CustomerTags customerTags;
    private final Channels channels;
    private final Templates templates;
    private final DispatchProperties properties;
    private final ExecutorService senders;
    private final Clock clock;
    private final ObjectProvider<SendSlots> sendSlots;
    private final String instance;

    Dispatcher(OutboxClaims claims, DeliveryRecorder recorder, DispatchRuns runs, ContactFacts contactFacts,
            ContactPolicy policy, SendTimes sendTimes, CustomerTags customerTags, Channels channels,
            Templates templates, DispatchProperties properties, ExecutorService dispatchSenders, Clock clock,
            ObjectProvider<SendSlots> sendSlots, DispatchInstance instance) {
        this.claims = claims;
        this.recorder = recorder;
        this.runs = runs;
        this.contactFacts = contactFacts;
        this.policy = policy;
        this.sendTimes = sendTimes;
        this.customerTags = customerTags;
        this.channels = channels;
        this.templates = templates;
        this.properties = properties;
        this.senders = dispatchSenders;
        this.clock = clock;
        this.sendSlots = sendSlots;
        this.instance = instance.name();
    }

    /** Sends everything due now. */
    public DispatchSummary dispatchDue(String trigger) {
        return dispatch(trigger, clock);
    }

    /**
     * Sends everything due by the clock's time, which is also the time recorded as sent: the demo passes a clock
     * set to the end of the day's send slots so it need not wait for them.
     */
    public DispatchSummary dispatch(String trigger, Clock at) {
        long run = runs.start(trigger, instance, at.instant());
        // Each run claims under its own name: two slots firing at once on one instance must not share rows.
        String claimer = instance + "/" + run;
        DispatchSummary summary = new DispatchSummary();
        TemplateSet templateSet = templates.load();
        Set<Instant> later = new TreeSet<>();
        while (!claims.claim(at.instant(), properties.batchSize(), claimer, at.instant().plus(properties.lease()))
                .isEmpty()) {
            Instant now = at.instant();
            List<Outcome> outcomes = dispatchBatch(claims.load(claimer), claimer, templateSet, now);
            for (Outcome outcome : recorder.record(outcomes, claimer, now)) {
                summary.add(outcome);
                if (outcome.sendAt() != null) {
                    later.add(outcome.sendAt());
                }
            }
        }
        Instant leaseEnd = claims.earliestLeaseEnd();
        if (leaseEnd != null) {
            later.add(leaseEnd);
        }
        sendSlots.ifAvailable(slots -> slots.ensure(later));
        runs.finish(run, at.instant(), summary);
        return summary;
    }

    private List<Outcome> dispatchBatch(List<DueMessage> due, String claimer, TemplateSet templateSet, Instant now) {
        Set<Long> customerIds = new TreeSet<>();
        due.forEach(m -> customerIds.add(m.customerId()));
        CustomerSet batch = CustomerSet.claimedBy(claimer, customerIds);
        Map<Long, CustomerContact> customers = contactFacts.customers(batch);
        Map<Long, ContactHistory> histories = contactFacts.histories(batch, now, false);
        Map<String, String> blocked = contactFacts.blocked(due.stream()
                .map(m -> address(customers.get(m.customerId()), m.channel())).toList());
        Map<Long, List<String>> tags = customerTags.load(batch);
        List<Outcome> outcomes = new ArrayList<>(due.size());
        List<Callable<Outcome>> sends = new ArrayList<>();
        for (DueMessage m : due) {
            CustomerContact customer = customers.get(m.customerId());
            Outcome decided = decide(m, customer, histories.get(m.customerId()),
                    blocked.get(address(customer, m.channel())), now);
            if (decided != null) {
                outcomes.add(decided);
                continue;
            }
            RenderedMessage content;
            try {
                content = templateSet.render(m.template(), new Recipient(customer.name(), customer.title(),
                        m.language(), m.offer(), tags.getOrDefault(m.customerId(), List.of())));
            }
            catch (TemplateException ex) {
                outcomes.add(Outcome.of(m, Outcome.Kind.FAILED, ex.getMessage()));
                continue;
            }
            if (m.channel() != Channel.PHONE) {
                histories.get(m.customerId()).add(new Contact(now, m.channel()));
            }
            OutgoingMessage message = new OutgoingMessage(m.id(), m.idempotencyKey(), m.customerId(), customer.name(),
                    m.channel(), customer.address(m.channel()), m.language(), m.template(), content);
            sends.add(() -> afterSend(m, channels.get(m.channel()).send(message), content, now));
        }
        outcomes.addAll(sendAll(sends));
        return outcomes;
    }

    /** The outcome of a message that must not be sent now, or null when it may go. */
    private Outcome decide(DueMessage m, CustomerContact customer, ContactHistory history, String blockedReason,
            Instant now) {
        if (m.attempts() > properties.maxAttempts()) {
            return Outcome.of(m, Outcome.Kind.FAILED, "claimed " + m.attempts() + " times without an answer (the "
                    + "sender crashed or hung each time)" + lastError(m));
        }
        if (!now.isBefore(m.expiresAt())) {
            return Outcome.of(m, Outcome.Kind.EXPIRED, "validity ended at " + m.expiresAt() + " before it could be "
                    + "sent (dispatch was down or kept failing)" + lastError(m));
        }
        if (customer == null) {
            return Outcome.of(m, Outcome.Kind.FAILED, "customer " + m.customerId() + " no longer exists");
        }
        SendWindow window = sendTimes.window(customer.zone(), m.channel(),
                LocalTime.ofInstant(m.sendAt(), customer.zone()));
        if (m.channel() != Channel.PHONE && window.quiet().contains(LocalTime.ofInstant(now, customer.zone()))) {
            Instant next = window.earliestFrom(now);
            String reason = "quiet hours " + window.quiet() + " in " + customer.zone();
            return next.isAfter(m.expiresAt()) ? Outcome.of(m, Outcome.Kind.EXPIRED, reason + "; no slot before "
                    + "its validity ends") : new Outcome(m, Outcome.Kind.POSTPONED, next, reason + "; postponed", false);
        }
        Verdict verdict = policy.decide(customer, m.channel(), history, blockedReason, window, now, m.expiresAt());
        return switch (verdict.outcome()) {
            case SEND -> null;
            case POSTPONE -> new Outcome(m, Outcome.Kind.POSTPONED, verdict.at(), verdict.reason(), false);
            case SUPPRESS -> Outcome.of(m, Outcome.Kind.SUPPRESSED, verdict.reason());
            case EXPIRE -> Outcome.of(m, Outcome.Kind.EXPIRED, verdict.reason());
        };
    }

    private Outcome afterSend(DueMessage m, Delivery delivery, RenderedMessage content, Instant now) {
        return switch (delivery.result()) {
            case SENT -> new Outcome(m, Outcome.Kind.SENT, null, delivery.detail(), content.personalized());
            case PERMANENT_FAILURE -> Outcome.of(m, Outcome.Kind.FAILED, delivery.detail());
            case TRANSIENT_FAILURE -> retry(m, delivery.detail(), now);
        };
    }

    private Outcome retry(DueMessage m, String error, Instant now) {
        if (m.attempts() >= properties.maxAttempts()) {
            return Outcome.of(m, Outcome.Kind.FAILED, "gave up after " + m.attempts() + " attempts: " + error);
        }
        Instant next = now.plus(properties.backoff(m.attempts()));
        if (next.isAfter(m.expiresAt())) {
            return Outcome.of(m, Outcome.Kind.EXPIRED, "could not be sent before its validity ended: " + error);
        }
        return new Outcome(m, Outcome.Kind.RETRY, next, error, false);
    }

    private List<Outcome> sendAll(List<Callable<Outcome>> sends) {
        try {
            List<Outcome> outcomes = new ArrayList<>(sends.size());
            for (Future<Outcome> future : senders.invokeAll(sends)) {
                outcomes.add(future.get());
            }
            return outcomes;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending; the claimed messages go again after their lease", ex);
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("a channel failed unexpectedly; the claimed messages go again after their "
                    + "lease", ex.getCause());
        }
    }

    private static String lastError(DueMessage m) {
        return m.lastError() == null ? "" : "; last error: " + m.lastError();
    }

    private static String address(CustomerContact customer, Channel channel) {
        return customer == null ? null : Addresses.normalise(channel, customer.address(channel));
    }
}
