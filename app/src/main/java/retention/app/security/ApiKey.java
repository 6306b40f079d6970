package retention.app.security;

import java.time.LocalDateTime;

/**
 * A stored API key: never the key itself, only its SHA-256 and the first characters people recognise it by.
 *
 * @param id the key's number
 * @param name what the key is for, as its creator wrote it
 * @param prefix the first characters of the key, for recognising it in a list
 * @param role what it may do
 * @param pii whether it reads personal data unmasked
 * @param createdAt when it was created (UTC)
 * @param createdBy the key or process that created it
 * @param revokedAt when it was revoked, or null while it is valid
 */
public record ApiKey(long id, String name, String prefix, Role role, boolean pii, LocalDateTime createdAt,
        String createdBy, LocalDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
