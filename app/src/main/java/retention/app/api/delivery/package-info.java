/**
 * Deliveries of planned messages, read behind the {@link retention.app.api.delivery.Deliveries} interface so that
 * the dispatcher's own delivery records can replace the outbox as their source.
 */
package retention.app.api.delivery;
