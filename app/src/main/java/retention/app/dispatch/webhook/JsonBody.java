package retention.app.dispatch.webhook;

import java.util.Map;

/**
 * Writes the flat JSON object a gateway receives. Hand-written because the body has a handful of string and
 * number fields and the application carries no JSON library otherwise.
 */
final class JsonBody {

    private JsonBody() {
    }

    static String of(Map<String, Object> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, name);
            json.append(':');
            if (value instanceof Number) {
                json.append(value);
            }
            else {
                string(json, value.toString());
            }
        });
        return json.append('}').toString();
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
