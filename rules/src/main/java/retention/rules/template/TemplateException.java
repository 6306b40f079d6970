package retention.rules.template;

/**
 * A message that cannot be rendered, such as one whose template is missing in the customer's language.
 */
public class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }
}
