package retention.app.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Checks of request parameters shared by the endpoints: unknown parameters, page sizes, date ranges, codes.
 */
public final class Requests {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private Requests() {
    }

    /** Refuses a parameter the endpoint does not know, so that a typo does not silently widen a filter. */
    public static void onlyParameters(HttpServletRequest request, String... known) {
        Set<String> allowed = Set.of(known);
        Set<String> unknown = new TreeSet<>(request.getParameterMap().keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            List<FieldProblem> problems = new ArrayList<>();
            for (String name : unknown) {
                problems.add(new FieldProblem(Requests.printable(name), "unknown parameter; known: "
                        + String.join(", ", new TreeSet<>(allowed))));
            }
            throw new BadRequest(problems);
        }
    }

    /** The page size to use: the default when absent, refused outside 1 to the maximum. */
    public static int pageSize(Integer limit, ApiProperties api) {
        if (limit == null) {
            return api.defaultPageSize();
        }
        if (limit < 1 || limit > api.maxPageSize()) {
            throw new BadRequest("limit", "must be between 1 and " + api.maxPageSize() + ", was " + limit);
        }
        return limit;
    }

    /**
     * A run-date range, both ends included, each optional unless required.
     *
     * @throws BadRequest when a bound is outside the years this product knows, the range is reversed or too long
     */
    public static DateRange range(LocalDate from, LocalDate to, int maxDays, boolean required) {
        List<FieldProblem> problems = new ArrayList<>();
        if (required && from == null) {
            problems.add(new FieldProblem("from", "required, a date YYYY-MM-DD"));
        }
        if (required && to == null) {
            problems.add(new FieldProblem("to", "required, a date YYYY-MM-DD"));
        }
        checkYear("from", from, problems);
        checkYear("to", to, problems);
        if (problems.isEmpty() && from != null && to != null) {
            if (to.isBefore(from)) {
                problems.add(new FieldProblem("to", "must not be before from (" + from + ")"));
            }
            else if (from.plusDays(maxDays).isBefore(to.plusDays(1))) {
                problems.add(new FieldProblem("to", "the range may span at most " + maxDays + " days"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        return new DateRange(from, to);
    }

    /** One date parameter, such as a run date, within the years this product knows. */
    public static LocalDate date(String field, LocalDate date, boolean required) {
        List<FieldProblem> problems = new ArrayList<>();
        if (required && date == null) {
            problems.add(new FieldProblem(field, "required, a date YYYY-MM-DD"));
        }
        checkYear(field, date, problems);
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        return date;
    }

    private static void checkYear(String field, LocalDate date, List<FieldProblem> problems) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            problems.add(new FieldProblem(field, "must be between " + EARLIEST + " and " + LATEST));
        }
    }

    /** An action code as the rule book writes them: upper case letters, digits and underscores. */
    public static String code(String field, String value) {
        if (value == null) {
            return null;
        }
        if (!CODE.matcher(value).matches()) {
            throw new BadRequest(field, "must be upper case letters, digits and underscores, at most 40, e.g. "
                    + "WINBACK_DISCOUNT");
        }
        return value;
    }

    /** One of a fixed set of values, such as a status or a channel. */
    public static String oneOf(String field, String value, Set<String> values) {
        if (value == null) {
            return null;
        }
        if (!values.contains(value)) {
            throw new BadRequest(field, "must be one of " + String.join(", ", new TreeSet<>(values)));
        }
        return value;
    }

    /** Free text of bounded length without control characters, such as a rule name. */
    public static String text(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > maxLength || value.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequest(field, "must be 1 to " + maxLength + " characters without control characters");
        }
        return value;
    }

    /** A positive id. */
    public static Long id(String field, Long value) {
        if (value != null && value < 1) {
            throw new BadRequest(field, "must be a positive number");
        }
        return value;
    }

    /** A name safe to echo back in an error message. */
    static String printable(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return cut.replaceAll("[^\\p{Alnum}_\\-.]", "?");
    }
}
