package retention.rules.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import retention.rules.book.Problem;

/**
 * Reads a template file: optional header lines ({@code subject: …}), a blank line, then the body. Every mistake is
 * reported with its line and column, and parsing goes on so that one run shows them all.
 */
final class TemplateParser {

    static final Set<String> HEADERS = Set.of("subject");

    private static final Pattern HEADER = Pattern.compile("([a-z][a-z-]*):\\s?(.*)");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final String file;
    private final List<Problem> problems;

    TemplateParser(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    Template parse(String name, String language, String text) {
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        List<Part> subject = null;
        int bodyStart = 0;
        if (lines.length > 0 && HEADER.matcher(lines[0]).matches()) {
            int i = 0;
            for (; i < lines.length && !lines[i].isBlank(); i++) {
                Matcher header = HEADER.matcher(lines[i]);
                if (!header.matches()) {
                    problems.add(new Problem(file, i + 1, 1, "a header line must read 'name: value'; leave a blank "
                            + "line between the headers and the body"));
                }
                else if (!HEADERS.contains(header.group(1))) {
                    problems.add(new Problem(file, i + 1, 1, "unknown header '" + header.group(1) + "' (known: "
                            + String.join(", ", new TreeSet<>(HEADERS)) + ")"));
                }
                else {
                    subject = parts(header.group(2), i + 1, header.start(2) + 1);
                }
            }
            if (i == lines.length) {
                problems.add(new Problem(file, i, 1, "no body: after the header lines leave a blank line, then write "
                        + "the message"));
            }
            bodyStart = i + 1;
        }
        String body = bodyStart < lines.length ? String.join("\n", List.of(lines).subList(bodyStart, lines.length)) : "";
        if (body.isBlank() && bodyStart < lines.length) {
            problems.add(new Problem(file, bodyStart + 1, 1, "the message body is empty"));
        }
        return new Template(name, language, file, subject, parts(body, bodyStart + 1, 1));
    }

    /** Splits text into literal text, variables and sections; line and column locate its first character. */
    List<Part> parts(String text, int line, int column) {
        List<Part> parts = new ArrayList<>();
        List<Part> section = null;
        String sectionName = null;
        int sectionAt = 0;
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("{{", i);
            if (open < 0) {
                add(section != null ? section : parts, new Part.Text(text.substring(i)));
                break;
            }
            add(section != null ? section : parts, new Part.Text(text.substring(i, open)));
            int close = text.indexOf("}}", open + 2);
            int newline = text.indexOf('\n', open);
            if (close < 0 || (newline >= 0 && newline < close)) {
                report(text, open, line, column, "'{{' is not closed with '}}' on the same line");
                add(section != null ? section : parts, new Part.Text(text.substring(open, newline < 0 ? text.length() : newline)));
                i = newline < 0 ? text.length() : newline;
                continue;
            }
            String inner = text.substring(open + 2, close).trim();
            if (inner.startsWith("#")) {
                String name = checkName(inner.substring(1).trim(), text, open, line, column);
                if (section != null) {
                    report(text, open, line, column, "sections cannot be nested: close {{/" + sectionName + "}} first");
                }
                else {
                    section = new ArrayList<>();
                    sectionName = name;
                    sectionAt = open;
                }
            }
            else if (inner.startsWith("/")) {
                String name = inner.substring(1).trim();
                if (section == null || !name.equals(sectionName)) {
                    report(text, open, line, column, "{{/" + name + "}} closes no open section"
                            + (section == null ? "" : "; the open one is {{#" + sectionName + "}}"));
                }
                else {
                    parts.add(new Part.Section(sectionName, List.copyOf(section)));
                    section = null;
                }
            }
            else {
                add(section != null ? section : parts, new Part.Variable(checkName(inner, text, open, line, column)));
            }
            i = close + 2;
        }
        if (section != null) {
            report(text, sectionAt, line, column, "section {{#" + sectionName + "}} is not closed with {{/"
                    + sectionName + "}}");
            parts.add(new Part.Section(sectionName, List.copyOf(section)));
        }
        return List.copyOf(parts);
    }

    private String checkName(String name, String text, int at, int line, int column) {
        if (!VARIABLE_NAME.matcher(name).matches() || !Template.VARIABLES.contains(name)) {
            report(text, at, line, column, "unknown variable {{" + name + "}} (known: "
                    + String.join(", ", new TreeSet<>(Template.VARIABLES)) + ")");
        }
        return name;
    }

    private void report(String text, int at, int line, int column, String message) {
        int lineBreaks = 0;
        int lastBreak = -1;
        for (int k = 0; k < at; k++) {
            if (text.charAt(k) == '\n') {
                lineBreaks++;
                lastBreak = k;
            }
        }
        int col = lineBreaks == 0 ? column + at : at - lastBreak;
        problems.add(new Problem(file, line + lineBreaks, col, message));
    }

    private static void add(List<Part> parts, Part part) {
        if (!(part instanceof Part.Text text && text.text().isEmpty())) {
            parts.add(part);
        }
    }
}
