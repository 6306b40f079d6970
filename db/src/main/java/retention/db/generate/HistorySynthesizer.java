package retention.db.generate;

import java.util.List;

/** Synthesises every row of one customer from the seed and the customer's id alone. */
final class HistorySynthesizer {

    private final long seed;
    private final Timeline timeline;
    private final List<Campaign> campaigns;
    private final BadRows badRows;

    HistorySynthesizer(long seed, Timeline timeline, List<Campaign> campaigns, BadRows badRows) {
        this.seed = seed;
        this.timeline = timeline;
        this.campaigns = campaigns;
        this.badRows = badRows;
    }

    CustomerHistory synthesize(long id) {
        Dice dice = Dice.of(seed, id);
        CustomerPlan plan = CustomerPlan.draw(id, dice, campaigns);
        Identity identity = Identities.draw(dice, plan);
        List<Campaign> inCity = campaigns.stream().filter(c -> c.city().equals(identity.city())).toList();
        int potentialDay = plan.stage() == Stage.POTENTIAL ? dice.between(3, 300) : 0;
        OrderBook book = new OrderPlanner(dice, plan, timeline).plan(inCity, potentialDay);
        int registeredDay = plan.stage() == Stage.POTENTIAL ? potentialDay : book.oldestDay() + dice.between(1, 60);
        CustomerDraft draft = new CustomerDraft(dice, plan, identity, timeline, book, registeredDay);
        InteractionPlanner.plan(draft);
        EvidencePlanter.plan(draft);
        VisitPlanner.plan(draft);
        ContactPlanner.plan(draft);
        return badRows.add(draft.history());
    }
}
