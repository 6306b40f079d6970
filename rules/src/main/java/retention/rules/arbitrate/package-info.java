/**
 * Arbitration: several rules may propose for one customer; priorities, mutually exclusive groups, one message per
 * channel per day and a daily maximum decide which proposals go ahead. Losing proposals are kept with the reason,
 * never dropped.
 */
package retention.rules.arbitrate;
