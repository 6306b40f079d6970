package retention.rules.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import retention.rules.book.ActionCatalogue;
import retention.rules.book.ActionDefinition;
import retention.rules.book.ActionKind;
import retention.rules.book.Problem;
import retention.rules.facts.ChurnCause;

/**
 * The checks of what a compiled rule book means: rules that can never fire, templates that do not exist,
 * stage × cause combinations no rule serves, and rules that always conflict.
 */
final class SemanticChecks {

    private final List<RuleModel> rules;
    private final ActionCatalogue catalogue;
    private final List<Finding> findings = new ArrayList<>();

    SemanticChecks(List<RuleModel> rules, ActionCatalogue catalogue) {
        this.rules = rules;
        this.catalogue = catalogue;
    }

    List<Finding> findings() {
        return findings;
    }

    /** Errors for rules whose conditions contradict each other or the facts' possible values. */
    SemanticChecks neverFires() {
        for (RuleModel rule : rules) {
            if (!rule.canFire()) {
                findings.add(Finding.error(rule.source().at(rule.contradiction().offset(),
                        rule.contradiction().valueText(), "rule \"" + rule.name() + "\" can never fire: " + rule.why())));
            }
        }
        return this;
    }

    /** Errors for messages whose template is missing, as the template check sees it; warnings for unused ones. */
    SemanticChecks templates(TemplateCheck check) {
        Set<String> used = new HashSet<>();
        for (ActionDefinition action : catalogue.all()) {
            if (action.kind() != ActionKind.SUPPRESS) {
                used.add(TemplateUse.defaultName(action.code()));
            }
        }
        boolean allKnown = true;
        for (RuleModel rule : rules) {
            for (ProposalCall call : rule.proposals()) {
                allKnown &= call.templateKnown();
                if (call.template() != null) {
                    used.add(call.template());
                }
                if (!call.templateKnown() || catalogue.kindOf(call.actionCode()) != ActionKind.MESSAGE
                        || !catalogue.contains(call.actionCode())) {
                    continue;
                }
                boolean explicit = call.template() != null;
                String name = explicit ? call.template() : TemplateUse.defaultName(call.actionCode());
                TemplateUse use = new TemplateUse(name, explicit, call.actionCode(), rule.name(), call.offer());
                for (String message : check.problems(use)) {
                    findings.add(Finding.error(explicit ? rule.source().at(call.templateOffset(), name, message)
                            : rule.source().at(call.codeOffset(), call.actionCode(), message)));
                }
            }
        }
        if (allKnown) {
            check.unused(used).forEach(problem -> findings.add(Finding.warning(problem)));
        }
        return this;
    }

    /** A warning listing the AT_RISK and CHURNED × cause combinations for which no rule proposes anything. */
    SemanticChecks coverage(String bookName) {
        List<String> uncovered = new ArrayList<>();
        for (String stage : List.of("AT_RISK", "CHURNED")) {
            for (ChurnCause cause : ChurnCause.values()) {
                if (rules.stream().noneMatch(rule -> serves(rule, stage, cause))) {
                    uncovered.add(stage + " × " + cause.name());
                }
            }
        }
        if (!uncovered.isEmpty()) {
            findings.add(Finding.warning(new Problem(bookName, 0, 0, "no rule proposes a message or task for a "
                    + "customer whose only churn cause is the one named, in these stage × cause combinations: "
                    + String.join(", ", uncovered))));
        }
        return this;
    }

    private boolean serves(RuleModel rule, String stage, ChurnCause cause) {
        boolean acts = rule.proposals().stream().map(p -> catalogue.kindOf(p.actionCode()))
                .anyMatch(kind -> kind == ActionKind.MESSAGE || kind == ActionKind.TASK);
        if (!acts || !rule.canFire()) {
            return false;
        }
        Space customer = rule.space().copy();
        boolean possible = customer.add(Atom.choices("stage", 0, "stage", java.util.Set.of(stage))).isEmpty();
        for (ChurnCause other : ChurnCause.values()) {
            possible &= customer.add(Atom.flag("hasCause", 0, "hasCause(" + other.name() + ")", other == cause))
                    .isEmpty();
        }
        return possible;
    }

    /** Warnings for pairs of rules where one always fires with the other and only the rules' names decide which one wins. */
    SemanticChecks conflicts() {
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                conflict(rules.get(i), rules.get(j));
            }
        }
        return this;
    }

    private void conflict(RuleModel a, RuleModel b) {
        if (!a.canFire() || !b.canFire() || a.salience() != b.salience()) {
            return;
        }
        RuleModel narrow = b.space().complete() && a.space().within(b.space()) ? a
                : a.space().complete() && b.space().within(a.space()) ? b : null;
        if (narrow == null) {
            return;
        }
        RuleModel wide = narrow == a ? b : a;
        for (ProposalCall p : narrow.proposals()) {
            for (ProposalCall q : wide.proposals()) {
                String contest = contest(p, q);
                if (contest != null) {
                    findings.add(Finding.warning(narrow.source().at(narrow.rule(), "rules " + narrow.label() + " and "
                            + wide.label() + " always conflict: whenever \"" + narrow.name() + "\" fires, \""
                            + wide.name() + "\" fires too, and both propose " + contest + " with salience "
                            + narrow.salience() + " (" + p.actionCode() + " and " + q.actionCode()
                            + "), so the rule whose name sorts first always goes ahead (\"" + first(narrow, wide)
                            + "\"); give the one you mean a higher salience")));
                    return;
                }
            }
        }
    }

    private static String first(RuleModel a, RuleModel b) {
        return a.name().compareTo(b.name()) <= 0 ? a.name() : b.name();
    }

    /** What two proposals compete for, or null when arbitration can keep both or always picks the same. */
    private String contest(ProposalCall p, ProposalCall q) {
        if (p.conditional() || q.conditional() || p.actionCode().equals(q.actionCode())) {
            return null;
        }
        if (p.group() != null && !p.group().equals("?") && p.group().equals(q.group())) {
            return "in group \"" + p.group() + "\"";
        }
        boolean messages = catalogue.kindOf(p.actionCode()) == ActionKind.MESSAGE
                && catalogue.kindOf(q.actionCode()) == ActionKind.MESSAGE;
        if (messages && Objects.equals(p.channel(), q.channel()) && !"?".equals(p.channel())) {
            return "a message on " + (p.channel() == null ? "the customer's preferred channel" : p.channel());
        }
        return null;
    }
}
