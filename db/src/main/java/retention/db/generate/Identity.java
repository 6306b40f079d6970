package retention.db.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a customer is and how they may be reached: the customer row without its id and registration time.
 *
 * @param name the full name
 * @param title how to address them
 * @param email an address on the reserved example.com domain, or null
 * @param phone a mobile number, or null
 * @param wechatOpenid the WeChat openid, or null
 * @param pushToken the app's push token, or null
 * @param language zh-CN, zh-HK or en
 * @param timeZone Asia/Shanghai or Asia/Hong_Kong
 * @param city the city they live in
 * @param consentSms consents, per channel
 * @param consentEmail consent to email
 * @param consentWechat consent to WeChat template messages
 * @param consentPush consent to app pushes
 * @param doNotContact whether they asked never to be contacted
 */
record Identity(String name, String title, String email, String phone, String wechatOpenid, String pushToken,
        String language, String timeZone, String city, boolean consentSms, boolean consentEmail,
        boolean consentWechat, boolean consentPush, boolean doNotContact) {

    /** The channels the shop may use, in the order of {@link Catalogue#CHANNELS}; empty under do-not-contact. */
    List<String> reachableChannels() {
        List<String> channels = new ArrayList<>(4);
        if (!doNotContact) {
            addIf(channels, consentSms, "SMS");
            addIf(channels, consentEmail, "EMAIL");
            addIf(channels, consentWechat, "WECHAT");
            addIf(channels, consentPush, "PUSH");
        }
        return channels;
    }

    private static void addIf(List<String> channels, boolean consent, String channel) {
        if (consent) {
            channels.add(channel);
        }
    }
}
