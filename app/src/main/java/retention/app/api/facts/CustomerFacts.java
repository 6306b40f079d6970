package retention.app.api.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the nightly run knew about a customer on a run date: the facts the rules saw, the churn causes with their
 * evidence, and how to reach the customer (masked unless the key may read personal data).
 *
 * @param customerId the customer
 * @param runDate the night
 * @param facts every fact of the night's snapshot, by column name (see docs/facts.md)
 * @param causes the churn causes found, strongest first
 * @param contact phone, email, WeChat id and push token
 */
record CustomerFacts(long customerId, LocalDate runDate, Map<String, Object> facts, List<Cause> causes,
        Contact contact) {

    /**
     * A churn cause and the evidence for it.
     *
     * @param cause the cause
     * @param confidence how sure, 0 to 1
     * @param direct whether the evidence is direct (a survey answer, a complaint) rather than behavioural
     * @param evidence the evidence in words
     */
    record Cause(String cause, double confidence, boolean direct, String evidence) {
    }

    /**
     * How to reach the customer.
     *
     * @param phone the phone number
     * @param email the email address
     * @param wechatOpenid the WeChat open id
     * @param pushToken the app push token
     */
    record Contact(String phone, String email, String wechatOpenid, String pushToken) {
    }
}
