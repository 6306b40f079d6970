package retention.rules.sandbox;

import java.util.Collection;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;

/**
 * Checks what a rule file declares besides its rules: package, imports, globals, functions, declarations and
 * package-wide attributes. Rules are handed to {@link RuleChecker}.
 */
final class DrlChecker {

    static final String ALLOWED_IMPORTS = "allowed imports are " + Vocabulary.FACTS_PACKAGE
            + ".* and the function " + Vocabulary.PROPOSE_FUNCTION;
    private static final Pattern PACKAGE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private final Findings findings;

    DrlChecker(Findings findings) {
        this.findings = findings;
    }

    void check(PackageDescr file) {
        packageName(file);
        file.getImports().stream().filter(i -> !Vocabulary.allowedImports().contains(i.getTarget()))
                .forEach(i -> findings.at(i, "import '" + i.getTarget() + "' is not allowed; " + ALLOWED_IMPORTS));
        file.getFunctionImports().stream().filter(i -> !Vocabulary.PROPOSE_FUNCTION.equals(i.getTarget()))
                .forEach(i -> findings.at(i, "import '" + i.getTarget() + "' is not allowed; " + ALLOWED_IMPORTS));
        for (ImportDescr i : file.getAccumulateImports()) {
            findings.at(i, "'import accumulate " + i.getTarget() + "' is not allowed; " + ALLOWED_IMPORTS);
        }
        for (GlobalDescr global : file.getGlobals()) {
            findings.at(global, "globals are not allowed ('global " + global.getType() + " " + global.getIdentifier()
                    + "'); rules may only use the customer facts and propose(...)");
        }
        for (FunctionDescr function : file.getFunctions()) {
            findings.at(function, "functions are not allowed ('function " + function.getName()
                    + "'); use the customer facts' helper methods, such as hasCause(...)");
        }
        declarations(file);
        file.getAttributes().forEach(attribute -> RuleAttributes.check(attribute, findings));
        if (file.getUnit() != null) {
            findings.at(file.getUnit(), "rule units ('unit') are not allowed");
        }
        for (RuleDescr rule : file.getRules()) {
            new RuleChecker(findings).check(rule);
        }
    }

    private void declarations(PackageDescr file) {
        for (TypeDeclarationDescr type : file.getTypeDeclarations()) {
            declare(type, "'declare " + type.getTypeName() + "'");
        }
        file.getEnumDeclarations().forEach(e -> declare(e, "'declare enum " + e.getTypeName() + "'"));
        file.getEntryPointDeclarations().forEach(e -> declare(e, "'declare entry-point'"));
        file.getWindowDeclarations().forEach(w -> declare(w, "'declare window " + w.getName() + "'"));
    }

    private void declare(BaseDescr descr, String what) {
        at(descr, "declare", what + " is not allowed; rules may only use the customer facts");
    }

    /**
     * A class in the file's own package shadows the allowed types (a package named {@code java.nio.channels}
     * would make {@code Channel} a JDK interface), so the package may hold none of them.
     */
    private void packageName(PackageDescr file) {
        String name = file.getName();
        if (name == null || name.isEmpty()) {
            return;
        }
        boolean clashes = !PACKAGE_NAME.matcher(name).matches()
                || Vocabulary.TYPES.stream().anyMatch(type -> exists(name + "." + type));
        if (clashes) {
            at(file, "package", "package '" + name + "' is not allowed; name the package rulebook.<something>");
        }
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, DrlChecker.class.getClassLoader());
            return true;
        }
        catch (ClassNotFoundException | LinkageError ex) {
            return false;
        }
    }

    /** Reports at the keyword that starts the element when it can be found, else at the element. */
    private void at(BaseDescr descr, String keyword, String message) {
        int keywordAt = descr.getStartCharacter() < 0 ? -1
                : findings.source().text().lastIndexOf(keyword, descr.getStartCharacter());
        if (keywordAt >= 0 && (descr.getLine() <= 0 || findings.source().line(keywordAt) == descr.getLine())) {
            findings.atOffset(keywordAt, message);
        }
        else {
            findings.at(descr, message);
        }
    }

    /** Annotations carry no position of their own: they are found after the start of their element. */
    static void annotations(Collection<AnnotationDescr> annotations, BaseDescr owner, Findings findings) {
        for (AnnotationDescr annotation : annotations) {
            String message = "annotations such as '@" + annotation.getName() + "' are not allowed in the rule book";
            int at = owner.getStartCharacter() < 0 ? -1
                    : findings.source().text().indexOf("@" + annotation.getName(), owner.getStartCharacter());
            if (annotation.getLine() > 0 || at < 0) {
                findings.at(annotation.getLine() > 0 ? annotation : owner, message);
            }
            else {
                findings.atOffset(at, message);
            }
        }
    }
}
