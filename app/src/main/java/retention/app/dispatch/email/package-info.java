/**
 * E-mail over SMTP with Jakarta Mail, through Spring's {@code JavaMailSender} ({@code spring.mail.*}).
 */
package retention.app.dispatch.email;
