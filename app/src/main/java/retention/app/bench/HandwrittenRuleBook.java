package retention.app.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import retention.batch.nightly.ProposalEvaluator;
import retention.rules.book.Proposal;
import retention.rules.facts.Channel;
import retention.rules.facts.ChurnCause;
import retention.rules.facts.CustomerProfile;
import retention.rules.facts.RfmSegment;
import retention.rules.facts.Stage;

/**
 * The default rule book ({@code rules/rulebook}) written out by hand in plain Java, for the benchmark only: it makes
 * the same proposals, with the same rule names, priorities, offers and explanations, so the nightly job run with it
 * measures what the rule engine costs. It knows nothing of any other rule book; {@code HandwrittenRuleBookTests}
 * fails when the default book and this class disagree.
 */
public final class HandwrittenRuleBook implements ProposalEvaluator {

    @Override
    public List<Proposal> evaluate(List<CustomerProfile> customers) {
        List<Proposal> proposals = new ArrayList<>();
        for (CustomerProfile c : customers) {
            evaluate(c, proposals);
        }
        return proposals;
    }

    private void evaluate(CustomerProfile c, List<Proposal> out) {
        Stage stage = c.stage();
        int contact = c.daysSinceLastContact();
        switch (stage) {
            case POTENTIAL -> potential(c, contact, out);
            case NEW -> newCustomer(c, contact, out);
            case ACTIVE, LOYAL -> regular(c, stage, contact, out);
            case AT_RISK -> atRisk(c, contact, out);
            case CHURNED -> churned(c, contact, out);
        }
    }

    private void potential(CustomerProfile c, int contact, List<Proposal> out) {
        int registered = c.registeredDays();
        if (registered >= 3 && registered <= 30 && contact >= 3) {
            out.add(propose(c, "Registered but never bought: first-order coupon", 20, "FIRST_ORDER_COUPON")
                    .offer("20 off your first order, free shipping").build("registeredDays", registered));
        }
        if (registered > 30 && contact >= 14) {
            out.add(propose(c, "Registered over a month ago and still no order: must-buy list with the new-user discount",
                    20, "SCENARIO_PUSH").offer("new-user price on the must-buy list").build("registeredDays", registered));
        }
    }

    private void newCustomer(CustomerProfile c, int contact, List<Proposal> out) {
        Integer recency = c.recencyDays();
        if (recency != null && recency <= 30 && contact >= recency) {
            out.add(propose(c, "New customer: welcome with a next-purchase coupon", 30, "WELCOME_NEXT_COUPON")
                    .offer("30 off 200, valid 7 days").build("recencyDays", recency));
        }
        if (recency != null && recency > 30 && contact >= 14) {
            out.add(propose(c, "New customer quiet for a month: personal recommendations", 25, "PERSONAL_RECOMMENDATION")
                    .build("recencyDays", recency));
        }
        if (c.unresolvedTickets() > 0 && contact >= 3) {
            out.add(propose(c, "New customer with a ticket open over 24 hours: service follow-up", 35, "SERVICE_FOLLOW_UP")
                    .via(Channel.PHONE).because("first orders and a problem left open")
                    .build("unresolvedTickets", c.unresolvedTickets()));
        }
    }

    /** ACTIVE and LOYAL: their own rules, and the early-warning rules they share. */
    private void regular(CustomerProfile c, Stage stage, int contact, List<Proposal> out) {
        boolean active = stage == Stage.ACTIVE;
        if (active && contact >= 7) {
            out.add(propose(c, "Active customer: personal recommendations", 10, "PERSONAL_RECOMMENDATION").build());
            if (c.fScore() >= 4 && c.mScore() >= 4) {
                out.add(propose(c, "Active customer close to the top tier: tier progress", 15, "TIER_PROGRESS")
                        .build("fScore", c.fScore(), "mScore", c.mScore()));
            }
            if (c.recencyDays() != null && c.recencyDays() >= 14) {
                out.add(propose(c, "Active customer two weeks since the last order: weekend scenario push", 12,
                        "SCENARIO_PUSH").offer("weekend pack: 20 off 150").build("recencyDays", c.recencyDays()));
            }
            if (c.aovTrend() != null && c.aovTrend() <= 0.8) {
                out.add(propose(c, "Active customer spending less per order: small targeted coupon", 30, "TARGETED_COUPON")
                        .offer("15 off 100 in the category you buy most").build("aovTrend", c.aovTrend()));
            }
        }
        if (!active) {
            if (contact >= 14) {
                out.add(propose(c, "Loyal customer: VIP perk", 40, "VIP_PERK")
                        .offer("early access and a dedicated service line").build());
            }
            if (c.registeredDays() >= 365 && contact >= 30) {
                out.add(propose(c, "Loyal for over a year: invitation to a members' event", 41, "EVENT_INVITATION")
                        .build("registeredDays", c.registeredDays()));
            }
            if (c.lastNps() != null && c.lastNps() >= 9 && contact >= 14) {
                out.add(propose(c, "Loyal promoter: reward for a review", 42, "REVIEW_REWARD")
                        .offer("200 points for a review with a photo").build("lastNps", c.lastNps()));
            }
            if (c.frequencyTrend() != null && c.frequencyTrend() <= 0.7 && contact >= 7) {
                out.add(propose(c, "Loyal customer buying less often: a call from the VIP service line", 46,
                        "DEDICATED_SERVICE_LINE").via(Channel.PHONE).because("a top customer ordering less often")
                        .build("frequencyTrend", c.frequencyTrend()));
            }
        }
        if (contact >= 7) {
            if (c.earlyWarning()) {
                out.add(propose(c, "Regular customer showing the early-warning signals: care message", 48, "CARE_CONTENT")
                        .offer("10 off your next order").build("earlyWarning", true));
            }
            if (c.pAlive() != null && c.pAlive() < 0.95) {
                out.add(propose(c, "Active or loyal customer less likely to still be buying: personal check-in", 45,
                        "PERSONAL_CHECK_IN").build("pAlive", c.pAlive()));
            }
            if (c.inquiryTrend() != null && c.inquiryTrend() <= 0.5) {
                out.add(propose(c, "Regular customer who stopped asking questions: personal check-in", 44,
                        "PERSONAL_CHECK_IN").build("inquiryTrend", c.inquiryTrend()));
            }
        }
    }

    private void atRisk(CustomerProfile c, int contact, List<Proposal> out) {
        if (contact < 7) {
            return;
        }
        out.add(propose(c, "At risk: care message with a small incentive", 50, "CARE_CONTENT")
                .offer("10 off your next order").build());
        if (c.complaints90d() > 0) {
            out.add(propose(c, "At risk with complaints: service follow-up", 55, "SERVICE_FOLLOW_UP").via(Channel.PHONE)
                    .because("open complaints while buying less").build("complaints90d", c.complaints90d()));
        }
        offer(c, ChurnCause.PRICE_SENSITIVE, "At risk, price-sensitive: small targeted coupon", 54, "TARGETED_COUPON",
                null, "15 off 100, valid 7 days", null, out);
        offer(c, ChurnCause.SERVICE_DISSATISFIED, "At risk after bad service: apology before they leave", 56,
                "APOLOGY_COMPENSATION", null, "20 with no minimum spend", null, out);
        offer(c, ChurnCause.NEEDS_CHANGED, "At risk, needs changing: products in their new categories", 51,
                "NEW_CATEGORY_RECOMMENDATION", null, null, null, out);
        offer(c, ChurnCause.POOR_EXPERIENCE, "At risk after a poor experience: we fixed it", 52, "WE_FIXED_IT", null, null,
                null, out);
        offer(c, ChurnCause.COMPETITOR_PULL, "At risk, tempted by a competitor: what only we offer", 53,
                "EXCLUSIVE_BUNDLE", null, "members-only bundle", null, out);
        offer(c, ChurnCause.SECURITY_CONCERN, "At risk over security: security assurance", 58, "SECURITY_ASSURANCE", null,
                null, null, out);
        offer(c, ChurnCause.LOCALIZATION_GAP, "At risk, language not served: care in their language", 52,
                "LOCAL_LANGUAGE_WINBACK", null, null, "local-language-care", out);
        offer(c, ChurnCause.NOT_PERSONALIZED, "At risk after generic messages only: personal recommendations", 51,
                "PERSONAL_RECOMMENDATION", null, null, null, out);
        if (c.rfmSegment() == RfmSegment.CANNOT_LOSE) {
            out.add(propose(c, "At risk in the cannot-lose segment: a call from the VIP service line", 57,
                    "DEDICATED_SERVICE_LINE").via(Channel.PHONE).build("rfmSegment", c.rfmSegment()));
        }
    }

    private void churned(CustomerProfile c, int contact, List<Proposal> out) {
        if (c.ignoredRecalls() >= 3) {
            out.add(propose(c, "Never answers: stop contacting", 100, "STOP_CONTACT")
                    .because("ignored the last " + c.ignoredRecalls() + " recalls").withoutContactDays()
                    .build("ignoredRecalls", c.ignoredRecalls()));
        }
        Integer recency = c.recencyDays();
        BigDecimal clv = c.clv12m();
        if (recency != null && recency > 180 && c.pAlive() != null && c.pAlive() < 0.1 && clv != null
                && clv.compareTo(BigDecimal.valueOf(100)) < 0) {
            out.add(propose(c, "Churned long ago, unlikely to return and of little value: stop contacting", 100,
                    "STOP_CONTACT").because("gone over half a year with little left to win").withoutContactDays()
                    .build("recencyDays", recency, "pAlive", c.pAlive(), "clv12m", clv));
        }
        if (recency != null && recency <= 180 && contact > 14) {
            out.add(propose(c, "Churned within six months: comeback gift", 10, "COMEBACK_GIFT")
                    .offer("free shipping on your return and 200 points").build("recencyDays", recency));
        }
        if (c.hasDirectCause(ChurnCause.SERVICE_DISSATISFIED) && c.npsDetractor() && contact > 14) {
            out.add(propose(c, "Churned and very dissatisfied: a person calls back", 70, "CALLBACK_TASK")
                    .via(Channel.PHONE).because("detractor with a service complaint")
                    .cause(ChurnCause.SERVICE_DISSATISFIED).build("npsDetractor", true));
        }
        if (contact < 15) {
            return;
        }
        offer(c, ChurnCause.PRICE_SENSITIVE, "Churned, price-sensitive: exclusive comeback discount", 60,
                "WINBACK_DISCOUNT", Channel.SMS, "50 off 300, only for you", null, out);
        offer(c, ChurnCause.SERVICE_DISSATISFIED, "Churned after bad service: apology and compensation", 65,
                "APOLOGY_COMPENSATION", null, "50 with no minimum spend", null, out);
        offer(c, ChurnCause.NEEDS_CHANGED, "Churned, needs changed: new products in their new categories", 40,
                "NEW_CATEGORY_RECOMMENDATION", null, null, null, out);
        offer(c, ChurnCause.POOR_EXPERIENCE, "Churned after a poor experience: we fixed it", 45, "WE_FIXED_IT", null, null,
                null, out);
        offer(c, ChurnCause.COMPETITOR_PULL, "Churned for a competitor: what only we offer", 50, "EXCLUSIVE_BUNDLE", null,
                "limited-edition bundle with a free trial size", null, out);
        offer(c, ChurnCause.SECURITY_CONCERN, "Churned over security: apology and assurance", 66, "SECURITY_ASSURANCE",
                null, "20 compensation coupon", null, out);
        offer(c, ChurnCause.LOCALIZATION_GAP, "Churned, language not served: win back in their language", 45,
                "LOCAL_LANGUAGE_WINBACK", null, null, null, out);
        offer(c, ChurnCause.NOT_PERSONALIZED, "Churned after generic messages only: a message made for them", 35,
                "PERSONAL_RECOMMENDATION", null, null, "personal-winback", out);
    }

    /** A row of the offer matrix (offers.drl.xlsx): stage, churn cause and contact pause already checked. */
    private static void offer(CustomerProfile c, ChurnCause cause, String rule, int priority, String action,
            Channel channel, String offer, String template, List<Proposal> out) {
        if (!c.hasCause(cause)) {
            return;
        }
        Draft draft = propose(c, rule, priority, action).offer(offer).template(template).cause(cause);
        if (channel != null) {
            draft.via(channel);
        }
        out.add(draft.build());
    }

    private static Draft propose(CustomerProfile c, String rule, int priority, String action) {
        return new Draft(c, rule, priority, action);
    }

    /** A proposal being written; its explanation holds the facts the rule tested, as the rule engine's does. */
    private static final class Draft {

        private final CustomerProfile customer;
        private final String rule;
        private final int priority;
        private final String action;
        private Channel channel;
        private String offer;
        private String template;
        private String reason;
        private ChurnCause cause;
        private boolean contactDays = true;

        Draft(CustomerProfile customer, String rule, int priority, String action) {
            this.customer = customer;
            this.rule = rule;
            this.priority = priority;
            this.action = action;
            this.channel = customer.preferredChannel();
        }

        Draft via(Channel via) {
            this.channel = via;
            return this;
        }

        Draft offer(String text) {
            this.offer = text;
            return this;
        }

        Draft template(String name) {
            this.template = name;
            return this;
        }

        Draft because(String why) {
            this.reason = why;
            return this;
        }

        Draft cause(ChurnCause tested) {
            this.cause = tested;
            return this;
        }

        /** The two stop-contact rules do not test the days since the last contact. */
        Draft withoutContactDays() {
            this.contactDays = false;
            return this;
        }

        /** The proposal, explained by the stage, the days since the last contact and the other tested facts. */
        Proposal build(Object... testedFacts) {
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("stage", customer.stage().name());
            for (int i = 0; i < testedFacts.length; i += 2) {
                facts.put((String) testedFacts[i], String.valueOf(testedFacts[i + 1]));
            }
            if (contactDays) {
                facts.put("daysSinceLastContact", String.valueOf(customer.daysSinceLastContact()));
            }
            if (cause != null) {
                String evidence = customer.evidenceFor(cause);
                facts.put("cause " + cause.name(), evidence.isEmpty() ? "absent" : evidence);
            }
            return new Proposal(customer.customerId(), action, channel, offer, template, reason, rule, priority, facts);
        }
    }
}
