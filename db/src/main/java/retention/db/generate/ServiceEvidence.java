package retention.db.generate;

import java.time.LocalDateTime;

/**
 * A dissatisfied customer's trail: one to three complaints and/or a ticket left open for more than a day, and often
 * an NPS detractor score (0-6), all within the 365-day look-back around the time things went wrong.
 */
final class ServiceEvidence {

    private static final int LOOK_BACK = 360;
    /** Tickets and complaints are opened at least this many days before asOf, so "open over 24 h" holds at t0. */
    private static final int SETTLED = 5;

    private ServiceEvidence() {
    }

    static void plan(CustomerDraft d) {
        Dice dice = d.dice;
        int complaints = dice.chance(0.75) ? dice.between(1, 3) : 0;
        for (int i = 0; i < complaints; i++) {
            slow(d, "COMPLAINT", dice.pick(Catalogue.COMPLAINT_REASONS), 0.4);
        }
        if (complaints == 0 || dice.chance(0.5)) {
            slow(d, "TICKET", dice.pick(Catalogue.COMPLAINT_REASONS), 0.5);
        }
        if (dice.chance(0.6)) {
            int day = d.clamp(d.anchor - dice.between(1, 5), SETTLED, LOOK_BACK);
            d.interactions.add(new InteractionRow(d.id(), "NPS_SURVEY", dice.pick(Catalogue.COMPLAINT_REASONS),
                    dice.between(0, 6), d.time(day), null, null));
        }
    }

    /** Resolved 30 hours to 8 days after opening, or not at all (also when the resolution would lie after t0). */
    private static void slow(CustomerDraft d, String kind, String reason, double neverResolved) {
        int day = d.clamp(d.anchor + d.dice.between(-10, 10), SETTLED, LOOK_BACK);
        LocalDateTime opened = d.time(day);
        LocalDateTime resolved = d.dice.chance(neverResolved) ? null
                : d.timeline.beforeT0(opened.plusHours(d.dice.between(30, 200)));
        d.interactions.add(new InteractionRow(d.id(), kind, reason, null, opened, resolved,
                Notes.of(d.dice, d.identity.language(), reason)));
    }
}
