package retention.db.generate;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The messages the shop sent before this product, on channels the customer consented to. NOT_PERSONALIZED customers
 * got only generic ones and ignored them all; everyone else with messages in the last 180 days got at least one
 * personal one or opened or answered one (seed 002: personalised SMS open rate 37%, generic 14%).
 */
final class ContactPlanner {

    /** Messages of the last 180 days lie on days 4-176, older ones from day 185: none near the look-back's edge. */
    private static final int RECENT_FIRST = 4;
    private static final int RECENT_LAST = 176;
    private static final int OLDER_FIRST = 185;

    private ContactPlanner() {
    }

    static void plan(CustomerDraft d) {
        List<String> channels = d.identity.reachableChannels();
        if (channels.isEmpty()) {
            return;
        }
        if (d.plan.has(Cause.NOT_PERSONALIZED)) {
            ignoredGeneric(d, channels);
            return;
        }
        double share = d.plan.stage().churning() ? 0.6 : d.plan.stage() == Stage.POTENTIAL ? 0.2 : 0.35;
        if (d.oldestDay() > RECENT_FIRST && d.dice.chance(share)) {
            history(d, channels);
        }
    }

    private static void ignoredGeneric(CustomerDraft d, List<String> channels) {
        Dice dice = d.dice;
        for (int i = dice.between(3, 6); i > 0; i--) {
            d.contacts.add(message(d, channels, dice.between(RECENT_FIRST, RECENT_LAST), false, false));
        }
        int oldest = Math.min(d.oldestDay(), 400);
        for (int i = dice.between(0, 2); i > 0 && oldest >= OLDER_FIRST; i--) {
            d.contacts.add(message(d, channels, dice.between(OLDER_FIRST, oldest), false, false));
        }
    }

    private static void history(CustomerDraft d, List<String> channels) {
        Dice dice = d.dice;
        int oldest = Math.min(d.oldestDay(), 360);
        int latestUnengagedRecent = -1;
        boolean engagedRecent = false;
        for (int i = dice.between(1, 5); i > 0; i--) {
            int day = dice.between(RECENT_FIRST, oldest);
            if (day > RECENT_LAST && day < OLDER_FIRST) {
                day = RECENT_LAST;
            }
            boolean personal = dice.chance(0.5);
            ContactRow row = message(d, channels, day, personal, dice.chance(personal ? 0.37 : 0.14));
            d.contacts.add(row);
            if (day <= RECENT_LAST) {
                engagedRecent |= row.engaged();
                latestUnengagedRecent = row.engaged() ? latestUnengagedRecent : d.contacts.size() - 1;
            }
        }
        if (!engagedRecent && latestUnengagedRecent >= 0) {
            ContactRow generic = d.contacts.get(latestUnengagedRecent);
            d.contacts.set(latestUnengagedRecent, generic.personalised(dice.pick(Catalogue.PERSONAL_TEMPLATES)));
        }
    }

    private static ContactRow message(CustomerDraft d, List<String> channels, int day, boolean personal,
            boolean opened) {
        Dice dice = d.dice;
        LocalDateTime sent = d.time(day);
        LocalDateTime openedAt = opened ? sent.plusMinutes(dice.between(2, 30 * 60)) : null;
        LocalDateTime answeredAt = opened && dice.chance(0.3) ? openedAt.plusMinutes(dice.between(10, 48 * 60)) : null;
        String template = dice.pick(personal ? Catalogue.PERSONAL_TEMPLATES : Catalogue.GENERIC_TEMPLATES);
        return new ContactRow(d.id(), dice.pick(channels), sent, template, personal, openedAt, answeredAt);
    }
}
