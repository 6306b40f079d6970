package retention.db.generate;

/** The lifecycle stages the generator plants, with the share of customers that gets each. */
enum Stage {

    POTENTIAL(0.12),
    NEW(0.15),
    ACTIVE(0.28),
    LOYAL(0.10),
    AT_RISK(0.10),
    CHURNED(0.25);

    private static final double[] SHARES = shares();

    private final double share;

    Stage(double share) {
        this.share = share;
    }

    /** Whether churn causes are planted for this stage. */
    boolean churning() {
        return this == AT_RISK || this == CHURNED;
    }

    static Stage draw(Dice dice) {
        return values()[dice.weighted(SHARES)];
    }

    private static double[] shares() {
        Stage[] stages = values();
        double[] shares = new double[stages.length];
        for (int i = 0; i < stages.length; i++) {
            shares[i] = stages[i].share;
        }
        return shares;
    }
}
