package retention.app.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * The position after the last item of a page, for lists ordered newest first by run date and id. Opaque to callers:
 * they pass back what they were given. Keyset, not offset, so a page costs the same at row ten million as at row one
 * and rows written meanwhile never shift a page.
 *
 * @param runDate the run date of the last item returned
 * @param id the id of the last item returned
 */
public record Cursor(LocalDate runDate, long id) {

    private static final String VERSION = "1";

    public String encode() {
        String text = VERSION + ":" + runDate + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Reads a cursor a caller sent back; null when none was sent.
     *
     * @throws BadRequest when it is not a cursor this API gave out
     */
    public static Cursor decode(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            if (text.length() > 64) {
                throw new IllegalArgumentException("too long");
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("unknown form");
            }
            long id = Long.parseLong(parts[2]);
            if (id < 0) {
                throw new IllegalArgumentException("negative id");
            }
            return new Cursor(LocalDate.parse(parts[1]), id);
        }
        catch (IllegalArgumentException | DateTimeParseException ex) {
            throw new BadRequest("cursor", "not a cursor from this API; pass back the nextCursor of the previous page");
        }
    }
}
