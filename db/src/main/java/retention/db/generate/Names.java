package retention.db.generate;

import java.util.List;

/** Believable personal names and titles: simplified Chinese, Hong Kong (traditional) Chinese and English. */
final class Names {

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
            "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏",
            "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "欧阳", "司马");

    private static final List<String> GIVEN_MALE = List.of("伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "浩",
            "志强", "建华", "俊杰", "子轩", "浩然", "宇航", "文博", "晓东", "海涛", "家豪", "振宇", "一鸣");

    private static final List<String> GIVEN_FEMALE = List.of("芳", "娜", "敏", "静", "丽", "艳", "婷", "雪", "颖",
            "慧", "秀英", "桂英", "晓燕", "欣怡", "梓涵", "诗涵", "雨欣", "佳琪", "思彤", "美玲", "文静", "丹丹");

    private static final List<String> HK_SURNAMES = List.of("陳", "李", "張", "黃", "何", "梁", "林", "劉", "鄭", "謝",
            "吳", "周", "郭", "馮", "麥", "區");

    private static final List<String> HK_GIVEN_MALE = List.of("家輝", "志明", "偉強", "俊傑", "嘉樂", "子健", "國榮",
            "永康", "浩賢", "卓朗");

    private static final List<String> HK_GIVEN_FEMALE = List.of("嘉欣", "詠詩", "美玲", "慧敏", "凱琳", "曉彤",
            "淑儀", "穎欣", "寶儀", "芷晴");

    private static final List<String> EN_MALE = List.of("James", "Oliver", "David", "Michael", "Thomas", "Daniel",
            "Lucas", "Henry", "Samuel", "Matthew");

    private static final List<String> EN_FEMALE = List.of("Emma", "Sophie", "Grace", "Chloe", "Olivia", "Emily",
            "Hannah", "Charlotte", "Amelia", "Lucy");

    private static final List<String> EN_SURNAMES = List.of("Smith", "Brown", "Wilson", "Taylor", "Johnson", "Walker",
            "Wright", "Clarke", "Chan", "Wong", "Lee", "Müller", "Martin", "Evans");

    private Names() {
    }

    /** A full name and the title to address it with ("张伟" and "先生"; "Emma Wilson" and "Ms"). */
    static Name draw(Dice dice, String language, boolean female) {
        return switch (language) {
            case "en" -> new Name(dice.pick(female ? EN_FEMALE : EN_MALE) + " " + dice.pick(EN_SURNAMES),
                    female ? "Ms" : "Mr");
            case "zh-HK" -> new Name(dice.pick(HK_SURNAMES) + dice.pick(female ? HK_GIVEN_FEMALE : HK_GIVEN_MALE),
                    female ? "女士" : "先生");
            default -> new Name(dice.pick(SURNAMES) + dice.pick(female ? GIVEN_FEMALE : GIVEN_MALE),
                    female ? "女士" : "先生");
        };
    }

    /**
     * A name with its title.
     *
     * @param name the full name
     * @param title 先生/女士 or Mr/Ms
     */
    record Name(String name, String title) {
    }
}
