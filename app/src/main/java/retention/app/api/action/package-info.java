/**
 * The action log over the API: filtered, keyset-paged lists and single actions with their deliveries.
 */
package retention.app.api.action;
