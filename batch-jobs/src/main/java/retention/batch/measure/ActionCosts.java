package retention.batch.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import retention.batch.rulebook.LoadedRuleBook;
import retention.batch.rulebook.RuleBooks;
import retention.rules.book.ActionCatalogue;
import retention.rules.book.RuleBookException;

/**
 * What each action costs, from the action catalogue of the rule book in use: the loaded one, else the folder's
 * {@code actions.csv} read on its own, so that a report needs no rule book compilation.
 */
@Component
public class ActionCosts {

    private final RuleBooks ruleBooks;

    public ActionCosts(RuleBooks ruleBooks) {
        this.ruleBooks = ruleBooks;
    }

    ActionCatalogue catalogue() {
        return ruleBooks.loaded().map(LoadedRuleBook::book).map(b -> b.catalogue()).orElseGet(this::fromFolder);
    }

    private ActionCatalogue fromFolder() {
        Path file = ruleBooks.folder().resolve(ActionCatalogue.FILE_NAME);
        try {
            return ActionCatalogue.parse(Files.readString(file));
        }
        catch (IOException | RuleBookException ex) {
            throw new IllegalStateException("cannot read the action costs from " + file + ": " + ex.getMessage(), ex);
        }
    }
}
