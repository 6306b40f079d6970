package retention.app.api;

import java.io.IOException;

/**
 * Thrown while reading a JSON body that exceeds the limit, so that the answer is 413 and not a parse error.
 */
final class BodyTooLarge extends IOException {

    BodyTooLarge(long max) {
        super("JSON bodies may be at most " + max + " bytes");
    }
}
