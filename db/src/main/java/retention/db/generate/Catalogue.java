package retention.db.generate;

import java.util.List;

/** The shop's fixed vocabulary: categories, cities, coupons, channels, templates and the reason tags evidence uses. */
final class Catalogue {

    static final List<String> CATEGORIES = List.of("baby", "beauty", "snacks", "electronics", "apparel", "home", "pets",
            "sports");

    /** How often each category is a customer's favourite, in the order of {@link #CATEGORIES}. */
    static final double[] CATEGORY_WEIGHTS = { 10, 18, 20, 10, 16, 12, 7, 7 };

    static final List<String> MAINLAND_CITIES = List.of("上海", "北京", "广州", "深圳", "杭州", "成都", "南京", "武汉",
            "重庆", "西安", "苏州", "天津", "长沙", "郑州", "青岛", "厦门");

    static final double[] MAINLAND_WEIGHTS = { 16, 14, 10, 10, 8, 8, 5, 5, 5, 4, 4, 4, 3, 3, 3, 2 };

    static final String HONG_KONG = "香港";

    /** Where English-speaking customers live, and how often. */
    static final List<String> EXPAT_CITIES = List.of("上海", "北京", "深圳", "广州", HONG_KONG);

    static final double[] EXPAT_WEIGHTS = { 40, 25, 15, 10, 10 };

    /** Big enough cities that a rival's campaign there pulls a visible number of customers. */
    static final List<String> CAMPAIGN_CITIES = List.of("上海", "北京", "广州", "深圳", "杭州", "成都");

    static final List<String> RIVALS = List.of("某竞品平台", "友商", "新开业电商");

    /** Coupon codes with their face value in cents. */
    static final List<Coupon> COUPONS = List.of(new Coupon("NEW10", 1000), new Coupon("SAVE15", 1500),
            new Coupon("WEEKEND20", 2000), new Coupon("FULL30", 3000), new Coupon("VIP50", 5000),
            new Coupon("FLASH25", 2500));

    static final List<String> CHANNELS = List.of("SMS", "EMAIL", "WECHAT", "PUSH");

    static final List<String> GENERIC_TEMPLATES = List.of("weekly-deals", "generic-promo", "winback-generic",
            "festival-sale");

    static final List<String> PERSONAL_TEMPLATES = List.of("recommend-for-you", "care-followup", "birthday-coupon",
            "winback-price", "new-in-your-category");

    /** Reasons of routine inquiries; none of them is evidence of a churn cause. */
    static final List<String> INQUIRY_REASONS = List.of("shipping_time", "product_info", "size", "stock", "invoice",
            "membership");

    /** Reasons of service complaints, the SERVICE_DISSATISFIED evidence. */
    static final List<String> COMPLAINT_REASONS = List.of("service", "delivery", "quality", "refund");

    /** Reasons of routine tickets, resolved within a day. */
    static final List<String> TICKET_REASONS = List.of("address_change", "invoice", "account");

    static final List<String> LOCALIZATION_REASONS = List.of("language", "local_payment");

    private Catalogue() {
    }

    static String category(Dice dice) {
        return CATEGORIES.get(dice.weighted(CATEGORY_WEIGHTS));
    }

    static String city(Dice dice, String language) {
        return switch (language) {
            case "zh-HK" -> HONG_KONG;
            case "en" -> EXPAT_CITIES.get(dice.weighted(EXPAT_WEIGHTS));
            default -> MAINLAND_CITIES.get(dice.weighted(MAINLAND_WEIGHTS));
        };
    }

    /**
     * A coupon code and its face value in cents.
     *
     * @param code the code as printed
     * @param cents the discount
     */
    record Coupon(String code, long cents) {
    }
}
