package retention.app.api;

import java.util.List;

/**
 * One page of a list and where the next one starts.
 *
 * @param items the items, newest first
 * @param nextCursor pass as {@code cursor} to get the next page; null on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String nextCursor) {
}
