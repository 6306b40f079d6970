package retention.batch.quality;

/**
 * One kind of impossible row: rows of {@code source} (aliased {@code x}) matching {@code condition} are bad for
 * {@code reason}.
 *
 * @param source the table
 * @param reason what is wrong, in words for the report
 * @param condition the SQL condition on alias {@code x} that finds such rows
 */
record BadRowCheck(String source, String reason, String condition) {
}
