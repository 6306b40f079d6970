/**
 * The simulated market: nights of the real nightly job, dispatch through the LOG channel, customers answering
 * with a planted true effect, and attribution, so that the uplift the product measures can be compared with the
 * truth.
 */
package retention.app.simulate;
