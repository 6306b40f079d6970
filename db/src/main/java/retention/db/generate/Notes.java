package retention.db.generate;

import java.util.List;
import java.util.Map;

/** What customers write, in their own language, for interactions of a reason; null where they write nothing. */
final class Notes {

    private static final Map<String, List<String>> SIMPLIFIED = Map.ofEntries(
            Map.entry("shipping_time", List.of("请问什么时候发货？", "下单三天了还没发货吗？")),
            Map.entry("product_info", List.of("这款适合敏感肌吗？", "请问保质期到什么时候？")),
            Map.entry("size", List.of("平时穿M码，这款选哪个尺码？")),
            Map.entry("stock", List.of("这个什么时候补货？")),
            Map.entry("invoice", List.of("可以开增值税发票吗？")),
            Map.entry("membership", List.of("会员积分怎么兑换？")),
            Map.entry("service", List.of("客服一直不回复", "客服态度很差")),
            Map.entry("delivery", List.of("快递延误了一周才到", "包裹被放在门口丢了")),
            Map.entry("quality", List.of("收到的商品有破损", "质量和描述不符")),
            Map.entry("refund", List.of("退款申请半个月还没处理")),
            Map.entry("security", List.of("收到陌生验证码短信，账号是不是被盗了？", "担心支付信息泄露")),
            Map.entry("price", List.of("东西不错，但比别家贵", "没有优惠就不买了")),
            Map.entry("competitor", List.of("别的平台补贴力度更大")),
            Map.entry("no_longer_need", List.of("孩子大了，用不上了", "暂时不需要了")),
            Map.entry("review", List.of("宝贝很好，物流也快", "质量不错，会回购", "包装很用心")));

    private static final Map<String, List<String>> CANTONESE = Map.ofEntries(
            Map.entry("shipping_time", List.of("請問幾時發貨？")),
            Map.entry("product_info", List.of("呢款啱唔啱敏感肌用？")),
            Map.entry("language", List.of("有冇廣東話客服？", "網站可唔可以轉繁體中文？")),
            Map.entry("local_payment", List.of("可唔可以用八達通或者PayMe俾錢？", "有冇FPS轉數快？")),
            Map.entry("review", List.of("質素唔錯，送貨好快")));

    private static final Map<String, List<String>> ENGLISH = Map.ofEntries(
            Map.entry("shipping_time", List.of("When will my order ship?")),
            Map.entry("product_info", List.of("Is this suitable for sensitive skin?")),
            Map.entry("service", List.of("Nobody answers my messages.")),
            Map.entry("delivery", List.of("The parcel arrived a week late.")),
            Map.entry("quality", List.of("The item arrived damaged.")),
            Map.entry("refund", List.of("My refund has been pending for two weeks.")),
            Map.entry("security", List.of("I received login codes I never asked for.")),
            Map.entry("price", List.of("Good products, but cheaper elsewhere.")),
            Map.entry("review", List.of("Great quality, fast delivery.")));

    private Notes() {
    }

    static String of(Dice dice, String language, String reason) {
        Map<String, List<String>> notes = switch (language) {
            case "en" -> ENGLISH;
            case "zh-HK" -> CANTONESE;
            default -> SIMPLIFIED;
        };
        List<String> texts = notes.get(reason);
        return texts == null || dice.chance(0.3) ? null : dice.pick(texts);
    }
}
