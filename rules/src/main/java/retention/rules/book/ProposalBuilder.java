package retention.rules.book;

import retention.rules.facts.Channel;

/**
 * What a rule's {@code propose(...)} returns: the proposal's details, set in a readable chain such as
 * {@code propose($c, "WINBACK_DISCOUNT").via(Channel.SMS).offer("50 off 300").template("winback-price")}.
 */
public final class ProposalBuilder {

    private final String actionCode;
    private Channel channel;
    private String offer;
    private String template;
    private String reason;
    private String group;
    private Double controlShare;

    ProposalBuilder(String actionCode, Channel defaultChannel) {
        this.actionCode = actionCode;
        this.channel = defaultChannel;
    }

    /** Sends over this channel instead of the customer's preferred one. */
    public ProposalBuilder via(Channel channel) {
        this.channel = channel;
        return this;
    }

    /** The offer in words, shown in the message and the log ("50 off 300"). */
    public ProposalBuilder offer(String offer) {
        this.offer = offer;
        return this;
    }

    /** The message template to use instead of the action's default. */
    public ProposalBuilder template(String template) {
        this.template = template;
        return this;
    }

    /** Why, in the rule author's words; stored with the action. */
    public ProposalBuilder because(String reason) {
        this.reason = reason;
        return this;
    }

    /**
     * Puts the proposal in a mutually exclusive group: of all proposals in the same group for a customer, only the
     * one with the highest priority goes ahead that night; the others are kept as outranked.
     */
    public ProposalBuilder group(String group) {
        this.group = group == null || group.isBlank() ? null : group.trim();
        return this;
    }

    /**
     * The share of the customers this rule chooses who are held out as its control group and get nothing, so
     * that what the action adds can be measured: {@code .controlShare(0.2)} holds out 20%, {@code 0} nobody.
     * Without it the configured default applies (10%). The rule book is refused when the share is not a number
     * from 0 up to (not including) 1.
     */
    public ProposalBuilder controlShare(double share) {
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("controlShare must be from 0 up to (not including) 1, not " + share);
        }
        this.controlShare = share;
        return this;
    }

    String actionCode() {
        return actionCode;
    }

    Channel channel() {
        return channel;
    }

    String offer() {
        return offer;
    }

    String template() {
        return template;
    }

    String reason() {
        return reason;
    }

    String group() {
        return group;
    }

    Double controlShare() {
        return controlShare;
    }
}
