/**
 * Who may call the service: API keys stored as hashes, roles (VIEWER, EDITOR, OPERATOR, ADMIN, hierarchical),
 * the flag that lets a key read customers' contact data unmasked, and the masking applied otherwise.
 */
package retention.app.security;
