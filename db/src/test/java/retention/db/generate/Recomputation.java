package retention.db.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Recomputes a customer's stage and each cause's evidence from the facts, with the definitions the nightly run uses
 * (the RFM-champion route to LOYAL left out), so that the planted truth can be checked against the rows.
 */
final class Recomputation {

    private final LocalDateTime t0;
    private final Map<String, List<LocalDateTime>> campaigns;

    Recomputation(LocalDate asOf, Map<String, List<LocalDateTime>> campaigns) {
        this.t0 = asOf.atStartOfDay();
        this.campaigns = campaigns;
    }

    String stage(CustomerFacts f) {
        if (f.ordersTotal == 0) {
            return "POTENTIAL";
        }
        if (ChronoUnit.DAYS.between(f.lastPaid, t0) > 90) {
            return "CHURNED";
        }
        if (f.ordersTotal <= 2) {
            return "NEW";
        }
        double frequencyTrend = ratio(f.orders90, f.ordersPrev90);
        double aovTrend = f.aov90() == null || f.aovPrev90() == null ? Double.NaN : f.aov90() / f.aovPrev90();
        double inquiryTrend = ratio(f.inquiries90, f.inquiriesPrev90);
        boolean earlyWarning = frequencyTrend <= 0.5 && (aovTrend <= 0.8 || inquiryTrend <= 0.5);
        if (earlyWarning && f.ordersPrev90 >= 3) {
            return "AT_RISK";
        }
        return f.orders90 >= 9 ? "LOYAL" : "ACTIVE";
    }

    private static double ratio(int recent, int previous) {
        return previous == 0 ? Double.NaN : (double) recent / previous;
    }

    /** Whether the rows hold the cause's evidence. */
    boolean present(String cause, CustomerFacts f) {
        return switch (cause) {
            case "PRICE_SENSITIVE" -> f.couponed365 >= 3 && f.couponed365 >= 0.7 * f.paid365;
            case "SERVICE_DISSATISFIED" -> serviceComplaints(f) > 0 || slowTickets(f) > 0;
            case "NEEDS_CHANGED" -> browsedElsewhere(f);
            case "POOR_EXPERIENCE" -> abandoned(f) >= 2 || slowPages(f, 3000) >= 3 || longestCheckout(f) > 5;
            case "COMPETITOR_PULL" -> reason(f, "competitor") || leftBeforeCampaign(f);
            case "SECURITY_CONCERN" -> f.interactions.stream().anyMatch(i -> "security".equals(i.reason())
                    && ("COMPLAINT".equals(i.kind()) || "TICKET".equals(i.kind())));
            case "LOCALIZATION_GAP" -> "zh-HK".equals(f.language);
            case "NOT_PERSONALIZED" -> f.contacts.size() >= 3
                    && f.contacts.stream().noneMatch(c -> c.personalized() || c.opened() || c.answered());
            default -> throw new IllegalArgumentException(cause);
        };
    }

    /** Whether the rows are clean of the cause's evidence, by the stricter terms the others' rows are held to. */
    boolean absent(String cause, CustomerFacts f) {
        return switch (cause) {
            case "PRICE_SENSITIVE" -> (f.paid365 == 0 || f.couponed365 < 0.4 * f.paid365) && !reason(f, "price");
            case "SERVICE_DISSATISFIED" -> f.interactions.stream().noneMatch(i -> "COMPLAINT".equals(i.kind()))
                    && slowTickets(f) == 0 && f.interactions.stream().noneMatch(i -> "NPS_SURVEY".equals(i.kind())
                            && i.score() != null && i.score() <= 6);
            case "NEEDS_CHANGED" -> browsedMostlyBought(f) && !reason(f, "no_longer_need");
            case "POOR_EXPERIENCE" -> abandoned(f) <= 1 && slowPages(f, 1999) == 0 && longestCheckout(f) <= 4;
            case "LOCALIZATION_GAP" -> !"zh-HK".equals(f.language) && !reason(f, "language")
                    && !reason(f, "local_payment");
            case "NOT_PERSONALIZED" -> f.contacts.isEmpty()
                    || f.contacts.stream().anyMatch(c -> c.personalized() || c.opened() || c.answered());
            default -> !present(cause, f);
        };
    }

    private static long serviceComplaints(CustomerFacts f) {
        return f.interactions.stream().filter(i -> "COMPLAINT".equals(i.kind())
                && List.of("service", "delivery", "quality", "refund").contains(i.reason())).count();
    }

    private long slowTickets(CustomerFacts f) {
        return f.interactions.stream().filter(i -> "TICKET".equals(i.kind()) && i.opened().isBefore(t0.minusHours(24))
                && (i.resolved() == null || i.resolved().isAfter(i.opened().plusHours(24)))).count();
    }

    private boolean browsedElsewhere(CustomerFacts f) {
        List<CustomerFacts.Visit> browsing = recentBrowsing(f);
        long elsewhere = browsing.stream().filter(v -> !f.bought.contains(v.category())).count();
        return browsing.size() >= 4 && elsewhere >= 0.7 * browsing.size();
    }

    private boolean browsedMostlyBought(CustomerFacts f) {
        List<CustomerFacts.Visit> browsing = recentBrowsing(f);
        long bought = browsing.stream().filter(v -> f.bought.contains(v.category())).count();
        return bought >= 0.7 * browsing.size();
    }

    private List<CustomerFacts.Visit> recentBrowsing(CustomerFacts f) {
        return f.visits.stream().filter(v -> "BROWSE".equals(v.outcome()) && !v.at().isBefore(t0.minusDays(90)))
                .toList();
    }

    private static long abandoned(CustomerFacts f) {
        return f.visits.stream().filter(v -> "CART_ABANDONED".equals(v.outcome())
                || "CHECKOUT_FAILED".equals(v.outcome())).count();
    }

    private static long slowPages(CustomerFacts f, int overMs) {
        return f.visits.stream().filter(v -> v.pageLoadMs() > overMs).count();
    }

    private static int longestCheckout(CustomerFacts f) {
        return f.visits.stream().map(CustomerFacts.Visit::checkoutSteps).filter(s -> s != null)
                .mapToInt(Integer::intValue).max().orElse(0);
    }

    private static boolean reason(CustomerFacts f, String tag) {
        return f.interactions.stream().anyMatch(i -> tag.equals(i.reason()));
    }

    private boolean leftBeforeCampaign(CustomerFacts f) {
        return f.lastPaid != null && campaigns.getOrDefault(f.city, List.of()).stream()
                .anyMatch(start -> !f.lastPaid.isBefore(start.minusDays(30)) && f.lastPaid.isBefore(start));
    }
}
