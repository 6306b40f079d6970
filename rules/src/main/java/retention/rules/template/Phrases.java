package retention.rules.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import retention.rules.book.Problem;

/**
 * Words that rules and data give in one language and messages need in the customer's: offers as rules write them
 * ("50 off 300"), product categories used as tags ("beauty") and the shop's name ({@code shop}). Read from
 * {@code templates/phrases/<language>.txt}, one {@code text = translation} per line; {@code #} starts a comment.
 */
final class Phrases {

    static final Phrases NONE = new Phrases(Map.of());

    private final Map<String, String> translations;

    private Phrases(Map<String, String> translations) {
        this.translations = translations;
    }

    static Phrases parse(String file, String text, List<Problem> problems) {
        Map<String, String> translations = new HashMap<>();
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf(" = ");
            if (equals <= 0) {
                problems.add(new Problem(file, i + 1, 1, "expected 'text = translation'"));
                continue;
            }
            if (translations.put(line.substring(0, equals).strip(), line.substring(equals + 3).strip()) != null) {
                problems.add(new Problem(file, i + 1, 1, "'" + line.substring(0, equals).strip() + "' is translated twice"));
            }
        }
        return new Phrases(Map.copyOf(translations));
    }

    /** The translation, or the text itself when there is none. */
    String translate(String text) {
        return text == null ? null : translations.getOrDefault(text.strip(), text.strip());
    }

    String get(String key) {
        return translations.getOrDefault(key, "");
    }
}
