package retention.app.rulebook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service watches the rule book folder.
 *
 * @param enabled whether to watch at all; {@code ./retention serve} turns it on, one-shot commands leave it off
 * @param interval how often the folder is read and hashed (default 2 s)
 * @param debounce how long a change must stay the same before it is compiled, so that an editor saving several
 *        files, or one file several times, causes one reload (default 1 s)
 */
@ConfigurationProperties("retention.rules.reload")
public record RuleBookReloadProperties(@DefaultValue("false") boolean enabled, @DefaultValue("2s") Duration interval,
        @DefaultValue("1s") Duration debounce) {
}
