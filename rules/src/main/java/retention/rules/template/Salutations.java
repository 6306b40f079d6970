package retention.rules.template;

import java.util.Set;

/**
 * How to greet a customer in their language: "张女士您好", "陳先生你好", "Dear Ms Wilson".
 */
final class Salutations {

    // Two-character surnames; every other Chinese name starts with a one-character surname.
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官",
            "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "慕容", "长孙", "長孫", "宇文", "司徒", "夏侯", "令狐",
            "端木", "独孤", "獨孤", "西门", "西門", "南宫", "南宮");

    private Salutations() {
    }

    static String surname(String name, String language) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        if (!isChinese(language)) {
            return trimmed.substring(trimmed.lastIndexOf(' ') + 1);
        }
        if (trimmed.codePointCount(0, trimmed.length()) > 2 && COMPOUND_SURNAMES.contains(trimmed.substring(0, 2))) {
            return trimmed.substring(0, 2);
        }
        return trimmed.substring(0, Character.charCount(trimmed.codePointAt(0)));
    }

    static String salutation(String name, String title, String language) {
        boolean titled = title != null && !title.isBlank();
        String fullName = name == null ? "" : name.strip();
        if (isChinese(language)) {
            String greeting = "zh-HK".equals(language) ? "你好" : "您好";
            return (titled ? surname(fullName, language) + title.strip() : fullName) + greeting;
        }
        return "Dear " + (titled ? title.strip() + " " + surname(fullName, language) : fullName);
    }

    private static boolean isChinese(String language) {
        return language != null && language.startsWith("zh");
    }
}
