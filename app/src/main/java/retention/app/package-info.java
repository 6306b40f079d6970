/**
 * The Spring Boot application: the {@code ./retention} command line and the service with its Quartz schedule.
 */
package retention.app;
