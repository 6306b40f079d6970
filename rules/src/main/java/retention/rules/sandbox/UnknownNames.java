package retention.rules.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import retention.rules.facts.Channel;
import retention.rules.facts.ChurnCause;
import retention.rules.facts.FactNames;
import retention.rules.facts.RfmSegment;
import retention.rules.facts.Stage;

/**
 * Words a business user can act on for a name that is not in the vocabulary only because it is misspelt: an
 * unknown fact, stage, cause, channel or segment, with the nearest existing names. Anything else keeps the
 * sandbox's refusal.
 */
final class UnknownNames {

    private static final Map<String, Kind> ENUMS = Map.of("Stage", new Kind("stage", "stages", Stage.values()),
            "ChurnCause", new Kind("churn cause", "churn causes", ChurnCause.values()),
            "Channel", new Kind("channel", "channels", Channel.values()),
            "RfmSegment", new Kind("RFM segment", "RFM segments", RfmSegment.values()));

    private UnknownNames() {
    }

    /** A name after a dot: a constant of one of the fact model's enums, or a fact read from a bound customer. */
    static Optional<String> member(List<Token> tokens, int i, Set<String> bound) {
        String name = tokens.get(i).text();
        String receiver = i >= 2 && tokens.get(i - 1).is(".") ? tokens.get(i - 2).text() : "";
        Kind kind = ENUMS.get(receiver);
        if (kind != null) {
            List<String> near = FactNames.nearest(name, kind.names());
            return Optional.of("unknown " + kind.one() + " '" + name + "'"
                    + (near.isEmpty() ? "; the " + kind.many() + " are " + String.join(", ", kind.names())
                            : FactNames.didYouMean(near)));
        }
        if (bound.contains(receiver)) {
            List<String> near = FactNames.nearestFacts(name);
            if (!near.isEmpty()) {
                return Optional.of("unknown fact '" + name + "'" + FactNames.didYouMean(near));
            }
        }
        return Optional.empty();
    }

    /** A plain name in a condition that is not a fact and starts no qualified name ({@code java.lang...}). */
    static Optional<String> fact(List<Token> tokens, int i, boolean condition) {
        String name = tokens.get(i).text();
        boolean qualified = i + 1 < tokens.size() && (tokens.get(i + 1).is(".") || tokens.get(i + 1).is("("));
        if (!condition || qualified || !Character.isLowerCase(name.charAt(0))) {
            return Optional.empty();
        }
        List<String> near = FactNames.nearestFacts(name);
        return Optional.of("unknown fact '" + name + "'" + (near.isEmpty()
                ? "; the facts a rule can test are listed in docs/facts.md" : FactNames.didYouMean(near)));
    }

    private record Kind(String one, String many, Enum<?>[] constants) {

        List<String> names() {
            return Arrays.stream(constants).map(Enum::name).toList();
        }
    }
}
