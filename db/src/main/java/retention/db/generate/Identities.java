package retention.db.generate;

import java.util.List;

/** Draws a customer's identity, language, city and consents, fitted to what the plan needs as evidence. */
final class Identities {

    private static final List<String> HK_MOBILE_PREFIXES = List.of("5", "6", "9");
    private static final String HEX = "0123456789abcdef";
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Identities() {
    }

    static Identity draw(Dice dice, CustomerPlan plan) {
        // Only customers whose churn cause is the missing localisation speak Cantonese: the others must not carry
        // that cause's evidence.
        String language = plan.has(Cause.LOCALIZATION_GAP) ? "zh-HK" : dice.chance(0.85) ? "zh-CN" : "en";
        String city = plan.campaign() != null ? plan.campaign().city() : Catalogue.city(dice, language);
        String zone = Catalogue.HONG_KONG.equals(city) ? "Asia/Hong_Kong" : "Asia/Shanghai";
        Names.Name name = Names.draw(dice, language, dice.chance(0.52));
        String email = dice.chance(0.9) ? "user" + plan.id() + "@example.com" : null;
        boolean hongKong = Catalogue.HONG_KONG.equals(city);
        String phone = dice.chance(0.97) || plan.has(Cause.NOT_PERSONALIZED) ? phone(dice, hongKong) : null;
        String openid = dice.chance(0.85) ? "o" + dice.token(BASE64URL, 27) : null;
        String pushToken = dice.chance(0.6) ? dice.token(HEX, 64) : null;
        boolean sms = phone != null && dice.chance(0.825);
        boolean mail = email != null && dice.chance(0.667);
        boolean wechat = openid != null && dice.chance(0.82);
        boolean push = pushToken != null && dice.chance(0.83);
        boolean doNotContact = dice.chance(0.02);
        if (plan.has(Cause.NOT_PERSONALIZED)) {
            // Their evidence is the generic messages they kept receiving, so the shop must have been allowed to send.
            sms = true;
            doNotContact = false;
        }
        return new Identity(name.name(), name.title(), email, phone, openid, pushToken, language, zone, city, sms,
                mail, wechat, push, doNotContact);
    }

    private static String phone(Dice dice, boolean hongKong) {
        if (hongKong) {
            return "+852 " + dice.pick(HK_MOBILE_PREFIXES) + dice.token("0123456789", 7);
        }
        return "+86 13" + dice.between(0, 9) + dice.token("0123456789", 8);
    }
}
