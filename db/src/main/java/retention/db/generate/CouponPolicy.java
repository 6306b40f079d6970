package retention.db.generate;

import java.util.List;

/**
 * Puts coupons on orders. A price-sensitive customer used one on at least 80% of the paid orders of the 365-day
 * look-back; every other customer but a new one (whose first order often uses the welcome coupon) on at most 30%.
 * Both limits are checked for a look-back ending on day 362 and on day 368, so a reader counting the 365 days a day
 * differently still finds a clear share.
 */
final class CouponPolicy {

    private static final double PRICE_SENSITIVE_SHARE = 0.8;
    private static final double ORDINARY_SHARE = 0.3;
    private static final int[] LOOK_BACK_ENDS = { 362, 368 };

    private CouponPolicy() {
    }

    static void apply(Dice dice, Stage stage, boolean priceSensitive, List<DraftOrder> drafts) {
        double propensity = priceSensitive ? 0.95 : stage == Stage.NEW ? 0.5 : dice.between(0.03, 0.25);
        for (DraftOrder draft : drafts) {
            if (dice.chance(propensity)) {
                draft.coupon(dice.pick(Catalogue.COUPONS));
            }
        }
        for (int end : LOOK_BACK_ENDS) {
            if (priceSensitive) {
                raise(dice, drafts, end);
            }
            else if (stage != Stage.NEW && stage != Stage.POTENTIAL) {
                lower(drafts, end);
            }
        }
    }

    private static void raise(Dice dice, List<DraftOrder> drafts, int end) {
        for (DraftOrder draft : drafts) {
            if (share(drafts, end) >= PRICE_SENSITIVE_SHARE) {
                return;
            }
            if (inLookBack(draft, end) && draft.couponCode == null) {
                draft.coupon(dice.pick(Catalogue.COUPONS));
            }
        }
    }

    private static void lower(List<DraftOrder> drafts, int end) {
        for (DraftOrder draft : drafts) {
            if (share(drafts, end) <= ORDINARY_SHARE) {
                return;
            }
            if (inLookBack(draft, end) && draft.couponCode != null) {
                draft.coupon(null);
            }
        }
    }

    private static double share(List<DraftOrder> drafts, int end) {
        int paid = 0;
        int couponed = 0;
        for (DraftOrder draft : drafts) {
            if (inLookBack(draft, end)) {
                paid++;
                couponed += draft.couponCode == null ? 0 : 1;
            }
        }
        return paid == 0 ? 0 : (double) couponed / paid;
    }

    private static boolean inLookBack(DraftOrder draft, int end) {
        return draft.paid() && draft.day <= end;
    }
}
