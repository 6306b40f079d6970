package retention.rules.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import retention.rules.validate.FactDomains.Domain;
import retention.rules.validate.FactDomains.Type;

/**
 * The customers a rule's conditions admit, fact by fact: a range per number fact, a set of values per enum or
 * text fact, a required value per yes/no fact. Built by adding the rule's tests one by one; the first test that
 * leaves no customer is the contradiction, reported with the test it contradicts.
 */
final class Space {

    /** Causes are detected for these stages only (ChurnCauses in the nightly features step). */
    static final Set<String> STAGES_WITH_CAUSES = Set.of("AT_RISK", "CHURNED");

    private final Map<String, Interval> ranges = new HashMap<>();
    private final Map<String, Set<String>> choices = new HashMap<>();
    private final Map<String, Boolean> flags = new HashMap<>();
    private final Map<String, Atom> origin = new HashMap<>();
    private boolean complete = true;

    Space copy() {
        Space copy = new Space();
        copy.ranges.putAll(ranges);
        copy.choices.putAll(choices);
        copy.flags.putAll(flags);
        copy.origin.putAll(origin);
        copy.complete = complete;
        return copy;
    }

    /** Whether every test of the rule was understood: only then is the space exactly the rule's customers. */
    boolean complete() {
        return complete;
    }

    void unknown() {
        complete = false;
    }

    /** Narrows the space by a test; returns why no customer is left, or empty while some are. */
    Optional<String> add(Atom atom) {
        if (!atom.known()) {
            complete = false;
            return Optional.empty();
        }
        Optional<String> contradiction = atom.range() != null ? addRange(atom)
                : atom.choices() != null ? addChoices(atom) : addFlag(atom);
        if (contradiction.isEmpty()) {
            origin.put(atom.fact(), atom);
            return causeOutsideItsStages(atom);
        }
        return contradiction;
    }

    private Optional<String> addRange(Atom atom) {
        Domain domain = FactDomains.of(atom.fact()).orElseThrow();
        Interval own = whole(domain, atom.range());
        if (whole(domain, own.intersect(domain.range())).isEmpty()) {
            return Optional.of(atom.fact() + " is " + domain.range().describe() + ", so " + atom.text() + " never holds");
        }
        Interval narrowed = whole(domain, current(atom.fact()).intersect(own));
        if (narrowed.isEmpty()) {
            return Optional.of(bothCannotHold(atom));
        }
        ranges.put(atom.fact(), narrowed);
        return Optional.empty();
    }

    private Optional<String> addChoices(Atom atom) {
        Set<String> narrowed = new HashSet<>(atom.choices());
        Set<String> before = choices.get(atom.fact());
        if (before != null) {
            narrowed.retainAll(before);
        }
        if (narrowed.isEmpty()) {
            return Optional.of(before == null ? atom.text() + " never holds" : bothCannotHold(atom));
        }
        choices.put(atom.fact(), Set.copyOf(narrowed));
        return Optional.empty();
    }

    private Optional<String> addFlag(Atom atom) {
        Boolean before = flags.get(atom.fact());
        if (before != null && before != atom.flag()) {
            return Optional.of(bothCannotHold(atom));
        }
        flags.put(atom.fact(), atom.flag());
        // A direct cause is a cause: hasDirectCause(X) implies hasCause(X), and !hasCause(X) rules it out.
        Optional<String[]> helper = FactDomains.helper(atom.fact());
        if (helper.isPresent() && helper.get()[0].equals("hasDirectCause") && atom.flag()) {
            return implied(atom, "hasCause(" + helper.get()[1] + ")", true);
        }
        if (helper.isPresent() && helper.get()[0].equals("hasCause") && !atom.flag()) {
            return implied(atom, "hasDirectCause(" + helper.get()[1] + ")", false);
        }
        return Optional.empty();
    }

    private Optional<String> implied(Atom atom, String fact, boolean value) {
        Boolean before = flags.get(fact);
        if (before != null && before != value) {
            return Optional.of(atom.text() + " and " + origin.get(fact).text() + " cannot both hold");
        }
        flags.put(fact, value);
        origin.putIfAbsent(fact, atom);
        return Optional.empty();
    }

    private Optional<String> causeOutsideItsStages(Atom atom) {
        Set<String> stages = choices.get("stage");
        if (stages == null || stages.stream().anyMatch(STAGES_WITH_CAUSES::contains)) {
            return Optional.empty();
        }
        for (Map.Entry<String, Boolean> flag : flags.entrySet()) {
            boolean cause = FactDomains.helper(flag.getKey()).map(h -> !h[0].equals("canReach")).orElse(false);
            if (cause && flag.getValue()) {
                Atom causeTest = origin.get(flag.getKey());
                Atom stageTest = origin.get("stage");
                return Optional.of("causes are detected only for AT_RISK and CHURNED customers, so "
                        + causeTest.text() + " never holds together with " + stageTest.text());
            }
        }
        return Optional.empty();
    }

    /** Whether every customer of this space is also in {@code wider}, as far as {@code wider} constrains them. */
    boolean within(Space wider) {
        for (Map.Entry<String, Interval> range : wider.ranges.entrySet()) {
            if (!current(range.getKey()).within(range.getValue())) {
                return false;
            }
        }
        for (Map.Entry<String, Set<String>> values : wider.choices.entrySet()) {
            Set<String> mine = choices.get(values.getKey());
            if (mine == null) {
                mine = FactDomains.of(values.getKey()).map(Domain::choices).orElse(null);
            }
            if (mine == null || !values.getValue().containsAll(mine)) {
                return false;
            }
        }
        for (Map.Entry<String, Boolean> flag : wider.flags.entrySet()) {
            if (!flag.getValue().equals(flags.get(flag.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private Interval current(String fact) {
        Interval range = ranges.get(fact);
        return range != null ? range : FactDomains.of(fact).map(Domain::range).orElse(Interval.ALL);
    }

    private String bothCannotHold(Atom atom) {
        Atom earlier = origin.get(atom.fact());
        return (earlier == null ? "" : earlier.text() + " and ") + atom.text() + " cannot both hold";
    }

    private static Interval whole(Domain domain, Interval interval) {
        return domain.type() == Type.WHOLE ? interval.wholeNumbers() : interval;
    }
}
