package retention.rules.template;

/**
 * A message ready to send.
 *
 * @param subject the subject line (email), or null when the template has none
 * @param body the text
 * @param personalized whether the text addresses the customer personally (name, title or tags), which the
 *        NOT_PERSONALIZED fact of later nights reads back from the contact log
 */
public record RenderedMessage(String subject, String body, boolean personalized) {
}
