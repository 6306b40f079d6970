package retention.rules.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.drools.drl.ast.descr.BaseDescr;

import retention.rules.book.Problem;

/** The problems found in one file, each once, in the order of the file. */
final class Findings {

    private final String file;
    private final SourceText source;
    private final Set<Problem> problems = new LinkedHashSet<>();

    Findings(String file, SourceText source) {
        this.file = file;
        this.source = source;
    }

    SourceText source() {
        return source;
    }

    void at(int line, int column, String message) {
        problems.add(new Problem(file, Math.max(line, 0), line > 0 ? Math.max(column, 0) : 0, message));
    }

    void atOffset(int offset, String message) {
        at(source.line(offset), source.column(offset), message);
    }

    /** At a parsed element; the parser's columns are 0-based. */
    void at(BaseDescr descr, String message) {
        at(descr.getLine(), descr.getColumn() + 1, message);
    }

    void at(Snippet snippet, int index, String message) {
        int[] position = snippet.position(source, index);
        at(position[0], position[1], message);
    }

    List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(problems);
        list.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(list);
    }
}
