package retention.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret form of an API key: {@code rk_} and 43 characters of base64url, 256 random bits. Only its SHA-256 is
 * stored; a salt or a slow hash adds nothing for a key with that much entropy, and a fast hash keeps each request's
 * check cheap.
 */
final class ApiKeySecret {

    static final String PREFIX = "rk_";
    static final int MIN_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecret() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The part of a key shown in lists: enough to tell keys apart, far too little to guess the rest. */
    static String displayPrefix(String key) {
        return key.substring(0, Math.min(key.length(), 10));
    }
}
