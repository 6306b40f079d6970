package retention.app.security;

import java.util.Locale;

/**
 * What an API key may do. Roles are hierarchical along two branches: EDITOR and OPERATOR each include VIEWER,
 * and ADMIN includes all three. Reading personal data unmasked is not a role but a flag on the key.
 */
public enum Role {
    /** Reads the action log, runs, rule book versions, facts, deliveries and exports. */
    VIEWER,
    /** VIEWER, and validates and previews rule books. */
    EDITOR,
    /** VIEWER, and starts and restarts runs and manages webhook subscriptions. */
    OPERATOR,
    /** Everything, API keys included. */
    ADMIN;

    /** The hierarchy as Spring Security reads it. */
    static final String HIERARCHY = """
            ROLE_ADMIN > ROLE_OPERATOR
            ROLE_ADMIN > ROLE_EDITOR
            ROLE_OPERATOR > ROLE_VIEWER
            ROLE_EDITOR > ROLE_VIEWER
            """;

    /** The authority that lets a key read phone numbers, emails, WeChat ids and push tokens unmasked. */
    public static final String PII_READ = "PII_READ";

    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * Reads a role name case-insensitively.
     *
     * @throws IllegalArgumentException naming the roles that exist
     */
    public static Role of(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException | NullPointerException ex) {
            throw new IllegalArgumentException("unknown role '" + text + "' (known: VIEWER, EDITOR, OPERATOR, ADMIN)");
        }
    }
}
