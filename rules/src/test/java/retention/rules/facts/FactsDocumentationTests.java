package retention.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docs/facts.md is the business users' reference: every fact a rule can use must be documented there, and nothing
 * documented may be missing from the code.
 */
class FactsDocumentationTests {

    private static final Pattern DOCUMENTED = Pattern.compile("^\\| `([a-zA-Z0-9]+)(?:\\([a-z]*\\))?` \\|", Pattern.MULTILINE);

    /** Methods of the record that are not facts a rule tests. */
    private static final Set<String> NOT_FACTS = Set.of("withCauses", "builder", "equals", "hashCode", "toString");

    @Test
    void documentsEveryFactInTheCodeAndNothingElse() throws IOException {
        assertThat(documented()).isEqualTo(inCode());
    }

    private static Set<String> inCode() {
        Set<String> facts = new TreeSet<>();
        Arrays.stream(CustomerProfile.class.getRecordComponents()).map(RecordComponent::getName).forEach(facts::add);
        Arrays.stream(CustomerProfile.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName).filter(name -> !NOT_FACTS.contains(name)).forEach(facts::add);
        return facts;
    }

    private static Set<String> documented() throws IOException {
        String doc = Files.readString(Path.of("../docs/facts.md"));
        Set<String> facts = new TreeSet<>();
        Matcher row = DOCUMENTED.matcher(doc);
        while (row.find()) {
            if (Character.isLowerCase(row.group(1).charAt(0))) {
                facts.add(row.group(1));
            }
        }
        return facts;
    }
}
