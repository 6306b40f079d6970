/**
 * The schedule: a Quartz cron trigger, stored in the database, that runs the nightly job.
 */
package retention.app.schedule;
