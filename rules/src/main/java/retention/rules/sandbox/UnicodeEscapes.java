package retention.rules.sandbox;

/**
 * Decodes Java unicode escapes ({@code \u0053}) the way the Java compiler does before it reads anything else,
 * so that {@code \u0053ystem} is seen as {@code System} and an escaped quote or line break cannot hide code in
 * a string or a comment. Keeps, for every decoded character, where it came from in the original text.
 */
final class UnicodeEscapes {

    private UnicodeEscapes() {
    }

    /** The decoded text and, for each of its characters (and its end), the index in the original text. */
    record Decoded(String text, int[] origin) {
    }

    static Decoded decode(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        int[] origin = new int[raw.length() + 1];
        int backslashes = 0;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            int escapeEnd = c == '\\' && backslashes % 2 == 0 ? escapeEnd(raw, i) : -1;
            origin[text.length()] = i;
            if (escapeEnd > 0) {
                text.append((char) Integer.parseInt(raw.substring(escapeEnd - 4, escapeEnd), 16));
                backslashes = 0; // a backslash made by an escape does not start another escape (JLS 3.3)
                i = escapeEnd;
            }
            else {
                text.append(c);
                backslashes = c == '\\' ? backslashes + 1 : 0;
                i++;
            }
        }
        origin[text.length()] = raw.length();
        int[] trimmed = new int[text.length() + 1];
        System.arraycopy(origin, 0, trimmed, 0, trimmed.length);
        return new Decoded(text.toString(), trimmed);
    }

    /** The end of a unicode escape starting at {@code at}, or -1 when there is none. */
    private static int escapeEnd(String raw, int at) {
        int i = at + 1;
        if (i >= raw.length() || raw.charAt(i) != 'u') {
            return -1;
        }
        while (i < raw.length() && raw.charAt(i) == 'u') {
            i++;
        }
        if (i + 4 > raw.length()) {
            return -1;
        }
        for (int k = i; k < i + 4; k++) {
            if (Character.digit(raw.charAt(k), 16) < 0) {
                return -1;
            }
        }
        return i + 4;
    }
}
