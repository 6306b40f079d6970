package retention.batch.contact;

import java.time.ZoneId;

import retention.rules.facts.Channel;

/**
 * How a customer may be reached: contact points, consents, the global opt-out, language and zone.
 *
 * @param id the customer
 * @param name full name
 * @param title how to address them, or null
 * @param email e-mail address, or null
 * @param phone phone number, or null
 * @param wechatOpenid WeChat openid, or null
 * @param pushToken app push token, or null
 * @param language zh-CN, zh-HK, en, ...
 * @param zone the customer's time zone
 * @param consentSms consent to SMS
 * @param consentEmail consent to e-mail
 * @param consentWechat consent to WeChat template messages
 * @param consentPush consent to app pushes
 * @param doNotContact asked never to be contacted
 */
public record CustomerContact(long id, String name, String title, String email, String phone, String wechatOpenid,
        String pushToken, String language, ZoneId zone, boolean consentSms, boolean consentEmail,
        boolean consentWechat, boolean consentPush, boolean doNotContact) {

    /** The address a channel sends to, or null when the customer has none; LOG needs none. */
    public String address(Channel channel) {
        return switch (channel) {
            case SMS, PHONE -> phone;
            case EMAIL -> email;
            case WECHAT -> wechatOpenid;
            case PUSH -> pushToken;
            case LOG -> "log";
        };
    }

    /** Whether the customer agreed to this channel; PHONE callbacks and the LOG channel need no consent flag. */
    public boolean consents(Channel channel) {
        return switch (channel) {
            case SMS -> consentSms;
            case EMAIL -> consentEmail;
            case WECHAT -> consentWechat;
            case PUSH -> consentPush;
            case PHONE, LOG -> true;
        };
    }
}
