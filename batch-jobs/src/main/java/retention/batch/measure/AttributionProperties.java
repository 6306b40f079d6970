package retention.batch.measure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How orders are attributed to actions and when a rule's uplift is judged.
 *
 * @param windowDays an action is credited with the customer's first paid order within this many days of its run
 *        date (14)
 * @param minimumTreated treated actions with a closed window a rule needs before it is judged (1000)
 * @param minimumControl held-out actions with a closed window a rule needs before it is judged (100)
 */
@ConfigurationProperties("retention.attribution")
public record AttributionProperties(@DefaultValue("14") int windowDays, @DefaultValue("1000") long minimumTreated,
        @DefaultValue("100") long minimumControl) {

    public AttributionProperties {
        if (windowDays < 1 || windowDays > 365) {
            throw new IllegalArgumentException("retention.attribution.window-days must be from 1 to 365, was "
                    + windowDays);
        }
        if (minimumTreated < 1 || minimumControl < 1) {
            throw new IllegalArgumentException("retention.attribution.minimum-treated and minimum-control must be "
                    + "at least 1");
        }
    }
}
