package retention.rules.template;

import java.util.List;

/**
 * What a message says to and about its customer.
 *
 * @param name the customer's full name
 * @param title how to address them (先生, 女士, Ms), or null
 * @param language the customer's language, such as zh-CN, zh-HK or en
 * @param offer the offer in the words of the rule ("50 off 300"), or null
 * @param tags what characterises the customer ("beauty", "snacks"), most telling first
 */
public record Recipient(String name, String title, String language, String offer, List<String> tags) {

    public Recipient {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
