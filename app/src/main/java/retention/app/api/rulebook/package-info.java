/**
 * The rule book over the API: stored versions with their files, validation of uploaded files, and preview behind
 * the {@link retention.app.api.rulebook.RulePreview} interface.
 */
package retention.app.api.rulebook;
