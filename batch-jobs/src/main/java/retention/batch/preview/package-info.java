/**
 * Preview: what a candidate rule book would decide on the stored customer facts, compared with the live one,
 * without writing anything.
 */
package retention.batch.preview;
