package retention.batch.preview;

import java.util.List;

/**
 * The customers for whom one action on one channel is added, removed or changed.
 *
 * @param kind added, removed or changed
 * @param actionCode the action
 * @param channel the channel; for a changed action whose channel changed, {@code SMS → EMAIL}
 * @param customers how many customers
 * @param examples a few of them, with the rule and facts
 */
public record PreviewChange(ChangeKind kind, String actionCode, String channel, long customers,
        List<PreviewExample> examples) {

    public PreviewChange {
        examples = List.copyOf(examples);
    }
}
