package retention.app.dispatch;

import org.springframework.stereotype.Component;

import retention.batch.rulebook.RuleBookProperties;
import retention.rules.template.TemplateSet;

/**
 * Reads the templates beside the live rule book at the start of each dispatch run, so that an edited template is
 * used from the next run on without a restart.
 */
@Component
class Templates {

    private final RuleBookProperties ruleBook;

    Templates(RuleBookProperties ruleBook) {
        this.ruleBook = ruleBook;
    }

    TemplateSet load() {
        return TemplateSet.load(ruleBook.dir());
    }
}
