package retention.rules.sandbox;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import retention.rules.facts.CauseEvidence;
import retention.rules.facts.Channel;
import retention.rules.facts.ChurnCause;
import retention.rules.facts.CustomerProfile;
import retention.rules.facts.RfmSegment;
import retention.rules.facts.Stage;

/**
 * The allow-list: every name rule code may use, by the role it plays. Everything else is refused. The fact
 * model's accessors and enum constants are read from the classes, so a new fact is usable at once; a new method
 * is not, until it is added here.
 */
final class Vocabulary {

    static final String FACTS_PACKAGE = "retention.rules.facts";
    static final String PROPOSE_FUNCTION = "retention.rules.book.Proposals.propose";
    static final Set<String> FACT_TYPES = Set.of("CustomerProfile", "Stage", "ChurnCause", "Channel", "RfmSegment",
            "CauseEvidence");

    /** Types a rule may name: the facts, the result of propose(...), String, Math and the number types. */
    static final Set<String> TYPES = union(FACT_TYPES,
            Set.of("ProposalBuilder", "String", "Math", "Integer", "Long", "Double", "BigDecimal"));

    /** The customer's facts, readable as {@code stage} in conditions and {@code $c.stage()} in consequences. */
    static final Set<String> FACTS = union(accessors(CustomerProfile.class), Set.of("topCause"));

    /** CustomerProfile's helper methods, taking a cause or a channel. */
    static final Set<String> HELPERS = Set.of("hasCause", "hasDirectCause", "evidenceFor", "confidenceOf",
            "canReach", "topCause");

    /**
     * Methods callable after a dot. All are pure on every type a rule can reach (facts, String, enums, numbers,
     * Optional, ProposalBuilder, the run date's LocalDate). Deliberately absent: String.format and repeat (a width
     * or a count can exhaust memory), matches (use the DRL operator, whose pattern CodeChecker vets), valueOf/of
     * (enum lookups by text), getClass, hashCode, toString, wait/notify.
     */
    static final Set<String> METHODS = union(FACTS, HELPERS, accessors(CauseEvidence.class),
            Set.of("via", "offer", "template", "because", "group", "controlShare", "name",
                    "length", "isEmpty", "isBlank", "contains", "startsWith", "endsWith", "equals", "equalsIgnoreCase",
                    "toUpperCase", "toLowerCase", "trim", "strip",
                    "min", "max", "abs", "round", "floor", "ceil",
                    "isPresent", "orElse", "compareTo", "compare", "intValue", "longValue", "doubleValue",
                    "getYear", "getMonthValue", "getDayOfMonth"));

    /** Names readable after a dot without a call: enum constants, number constants, facts and date parts (MVEL style). */
    static final Set<String> MEMBERS = union(FACTS, accessors(CauseEvidence.class),
            constants(Stage.class, ChurnCause.class, Channel.class, RfmSegment.class),
            Set.of("MAX_VALUE", "MIN_VALUE", "ZERO", "ONE", "TEN", "year", "monthValue", "dayOfMonth"));

    /** DRL words that may appear between the parts of a condition. */
    static final Set<String> CONDITION_OPERATORS = Set.of("in", "not", "matches", "contains", "memberOf",
            "excludes");

    /** Keywords allowed anywhere: literals and primitive types (for casts and local variables). */
    static final Set<String> VALUE_KEYWORDS = Set.of("true", "false", "null", "int", "long", "double", "boolean",
            "float", "short", "byte", "char");

    /** Keywords a consequence may also use. */
    static final Set<String> CONSEQUENCE_KEYWORDS = Set.of("if", "else", "return", "final");

    static final Set<String> LOOPS = Set.of("for", "while", "do");

    /** Drools' own handles inside a consequence. */
    static final Set<String> ENGINE = Set.of("drools", "kcontext", "consequenceCtx");

    /** Calls that change facts or working memory; a rule writes only proposals. */
    static final Set<String> FACT_CHANGES = Set.of("modify", "update", "insert", "insertLogical", "delete",
            "retract");

    private Vocabulary() {
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        Arrays.stream(sets).forEach(all::addAll);
        return Set.copyOf(all);
    }

    private static Set<String> accessors(Class<? extends Record> record) {
        return Set.copyOf(Stream.of(record.getRecordComponents()).map(c -> c.getName()).toList());
    }

    private static Set<String> constants(Class<?>... enums) {
        return Set.copyOf(Stream.of(enums).flatMap(e -> Stream.of(e.getEnumConstants()))
                .map(c -> ((Enum<?>) c).name()).toList());
    }

    static List<String> allowedImports() {
        return Stream.concat(Stream.of(FACTS_PACKAGE + ".*"), FACT_TYPES.stream().map(t -> FACTS_PACKAGE + "." + t))
                .toList();
    }
}
