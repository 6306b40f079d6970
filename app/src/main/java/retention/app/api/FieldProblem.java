package retention.app.api;

/**
 * What is wrong with one field of a request.
 *
 * @param field the query parameter, path variable or JSON field
 * @param reason what is wrong, in words
 */
public record FieldProblem(String field, String reason) {
}
