package retention.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link CustomerProfile} field by field, starting from neutral defaults (a potential customer with
 * no order, reachable by SMS, speaking zh-CN).
 */
public final class CustomerProfileBuilder {

    private final long customerId;
    private LocalDate runDate = LocalDate.of(2026, 1, 1);
    private Stage stage = Stage.POTENTIAL;
    private int registeredDays = 0;
    private int ordersTotal = 0;
    private Integer recencyDays = null;
    private int frequency = 0;
    private BigDecimal monetary = BigDecimal.ZERO;
    private int rScore = 0;
    private int fScore = 0;
    private int mScore = 0;
    private RfmSegment rfmSegment = RfmSegment.NONE;
    private int orders90d = 0;
    private int ordersPrev90d = 0;
    private Double frequencyTrend = null;
    private Double aovTrend = null;
    private Double inquiryTrend = null;
    private boolean earlyWarning = false;
    private int complaints90d = 0;
    private int unresolvedTickets = 0;
    private Integer lastNps = null;
    private boolean npsDetractor = false;
    private double couponShare = 0.0;
    private int daysSinceLastContact = 0;
    private boolean answeredLastRecall = false;
    private int ignoredRecalls = 0;
    private String language = "zh-CN";
    private Channel preferredChannel = Channel.SMS;
    private Set<Channel> reachableChannels = Set.of(Channel.SMS);
    private String city = "";
    private List<CauseEvidence> causes = new ArrayList<>();
    private Double pAlive = null;
    private Double expectedPurchases90d = null;
    private BigDecimal expectedOrderValue = null;
    private BigDecimal clv12m = null;

    CustomerProfileBuilder(long customerId) {
        this.customerId = customerId;
    }

    public CustomerProfileBuilder runDate(LocalDate runDate) {
        this.runDate = runDate;
        return this;
    }

    public CustomerProfileBuilder stage(Stage stage) {
        this.stage = stage;
        return this;
    }

    public CustomerProfileBuilder registeredDays(int registeredDays) {
        this.registeredDays = registeredDays;
        return this;
    }

    public CustomerProfileBuilder ordersTotal(int ordersTotal) {
        this.ordersTotal = ordersTotal;
        return this;
    }

    public CustomerProfileBuilder recencyDays(Integer recencyDays) {
        this.recencyDays = recencyDays;
        return this;
    }

    public CustomerProfileBuilder frequency(int frequency) {
        this.frequency = frequency;
        return this;
    }

    public CustomerProfileBuilder monetary(BigDecimal monetary) {
        this.monetary = monetary;
        return this;
    }

    public CustomerProfileBuilder rScore(int rScore) {
        this.rScore = rScore;
        return this;
    }

    public CustomerProfileBuilder fScore(int fScore) {
        this.fScore = fScore;
        return this;
    }

    public CustomerProfileBuilder mScore(int mScore) {
        this.mScore = mScore;
        return this;
    }

    public CustomerProfileBuilder rfmSegment(RfmSegment rfmSegment) {
        this.rfmSegment = rfmSegment;
        return this;
    }

    public CustomerProfileBuilder orders90d(int orders90d) {
        this.orders90d = orders90d;
        return this;
    }

    public CustomerProfileBuilder ordersPrev90d(int ordersPrev90d) {
        this.ordersPrev90d = ordersPrev90d;
        return this;
    }

    public CustomerProfileBuilder frequencyTrend(Double frequencyTrend) {
        this.frequencyTrend = frequencyTrend;
        return this;
    }

    public CustomerProfileBuilder aovTrend(Double aovTrend) {
        this.aovTrend = aovTrend;
        return this;
    }

    public CustomerProfileBuilder inquiryTrend(Double inquiryTrend) {
        this.inquiryTrend = inquiryTrend;
        return this;
    }

    public CustomerProfileBuilder earlyWarning(boolean earlyWarning) {
        this.earlyWarning = earlyWarning;
        return this;
    }

    public CustomerProfileBuilder complaints90d(int complaints90d) {
        this.complaints90d = complaints90d;
        return this;
    }

    public CustomerProfileBuilder unresolvedTickets(int unresolvedTickets) {
        this.unresolvedTickets = unresolvedTickets;
        return this;
    }

    public CustomerProfileBuilder lastNps(Integer lastNps) {
        this.lastNps = lastNps;
        return this;
    }

    public CustomerProfileBuilder npsDetractor(boolean npsDetractor) {
        this.npsDetractor = npsDetractor;
        return this;
    }

    public CustomerProfileBuilder couponShare(double couponShare) {
        this.couponShare = couponShare;
        return this;
    }

    public CustomerProfileBuilder daysSinceLastContact(int daysSinceLastContact) {
        this.daysSinceLastContact = daysSinceLastContact;
        return this;
    }

    public CustomerProfileBuilder answeredLastRecall(boolean answeredLastRecall) {
        this.answeredLastRecall = answeredLastRecall;
        return this;
    }

    public CustomerProfileBuilder ignoredRecalls(int ignoredRecalls) {
        this.ignoredRecalls = ignoredRecalls;
        return this;
    }

    public CustomerProfileBuilder language(String language) {
        this.language = language;
        return this;
    }

    public CustomerProfileBuilder preferredChannel(Channel preferredChannel) {
        this.preferredChannel = preferredChannel;
        return this;
    }

    public CustomerProfileBuilder reachableChannels(Set<Channel> reachableChannels) {
        this.reachableChannels = reachableChannels;
        return this;
    }

    public CustomerProfileBuilder city(String city) {
        this.city = city;
        return this;
    }

    public CustomerProfileBuilder pAlive(Double pAlive) {
        this.pAlive = pAlive;
        return this;
    }

    public CustomerProfileBuilder expectedPurchases90d(Double expectedPurchases90d) {
        this.expectedPurchases90d = expectedPurchases90d;
        return this;
    }

    public CustomerProfileBuilder expectedOrderValue(BigDecimal expectedOrderValue) {
        this.expectedOrderValue = expectedOrderValue;
        return this;
    }

    public CustomerProfileBuilder clv12m(BigDecimal clv12m) {
        this.clv12m = clv12m;
        return this;
    }

    public CustomerProfileBuilder causes(List<CauseEvidence> causes) {
        this.causes = new ArrayList<>(causes);
        return this;
    }

    /** Adds a cause with its evidence; direct evidence is a survey answer or a complaint. */
    public CustomerProfileBuilder cause(ChurnCause cause, double confidence, boolean direct, String evidence) {
        this.causes.add(new CauseEvidence(cause, confidence, direct, evidence));
        return this;
    }

    public CustomerProfile build() {
        return new CustomerProfile(
                customerId, runDate, stage, registeredDays, ordersTotal, recencyDays, frequency, monetary, rScore,
                fScore, mScore, rfmSegment, orders90d, ordersPrev90d, frequencyTrend, aovTrend, inquiryTrend,
                earlyWarning, complaints90d, unresolvedTickets, lastNps, npsDetractor, couponShare,
                daysSinceLastContact, answeredLastRecall, ignoredRecalls, language, preferredChannel,
                reachableChannels, city, causes, pAlive, expectedPurchases90d, expectedOrderValue, clv12m);
    }
}
