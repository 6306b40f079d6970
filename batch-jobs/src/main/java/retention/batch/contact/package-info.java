/**
 * The contact policy: who may be contacted over which channel, how often and when. Applied when the night's
 * messages are planned and again just before each is sent; every suppression, postponement and expiry carries
 * its reason in words.
 */
package retention.batch.contact;
