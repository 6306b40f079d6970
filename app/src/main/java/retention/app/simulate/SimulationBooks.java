package retention.app.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The rule books a simulation compares: the one in use, and a one-rule book that gives every customer a coupon
 * whenever the contact policy allows, the strategy a shop without a rule book falls back on.
 */
public final class SimulationBooks {

    static final String BLANKET_RULE = "Everyone: a coupon";

    private SimulationBooks() {
    }

    /** Writes the blanket-coupon book into {@code target}, with the actions and templates of {@code book}. */
    public static Path blanketCoupon(Path book, Path target) {
        try {
            deleteTree(target);
            Files.createDirectories(target);
            Files.copy(book.resolve("actions.csv"), target.resolve("actions.csv"));
            copyTree(book.resolve("templates"), target.resolve("templates"));
            Files.writeString(target.resolve("blanket.drl"), """
                    package rulebook.blanket;

                    import retention.rules.facts.*;
                    import function retention.rules.book.Proposals.propose;

                    // The comparison of issue 9: no strategy, a coupon for everyone the contact policy lets us reach.
                    rule "%s"
                    when
                        $c : CustomerProfile( daysSinceLastContact >= 14 )
                    then
                        propose($c, "WINBACK_DISCOUNT").offer("50 off 300, only for you");
                    end
                    """.formatted(BLANKET_RULE));
            return target;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the blanket-coupon rule book in " + target, ex);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Copies a folder with everything in it. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
