/**
 * The small interface every channel implements, and the channels that need no outside service: LOG (a file for
 * the demo), PHONE (a callback task for the service team) and an unconfigured channel that fails clearly.
 */
package retention.app.dispatch.channel;
