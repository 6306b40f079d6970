/**
 * When a message may go out: in the customer's own time zone, outside the channel's quiet hours, at the hour the
 * customer is usually active (their past orders and message opens) when history shows one, on a send slot.
 */
package retention.batch.sendtime;
