package retention.app.dispatch.email;

import java.net.ConnectException;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import retention.app.dispatch.channel.Delivery;
import retention.app.dispatch.channel.MessageChannel;
import retention.app.dispatch.channel.OutgoingMessage;
import retention.rules.facts.Channel;

/**
 * Sends e-mail over SMTP. The idempotency key becomes the Message-ID (and an {@code X-Idempotency-Key} header), so
 * a message sent again after a crash carries the same id and mail clients show it once. An SMTP 5xx answer or a
 * malformed address is permanent; 4xx, refused connections and authentication problems are transient.
 */
public final class EmailChannel implements MessageChannel {

    private static final Pattern PERMANENT_REPLY = Pattern.compile("(^|\\D)5\\d\\d[ -]");

    private final JavaMailSender sender;
    private final String from;

    public EmailChannel(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Delivery send(OutgoingMessage m) {
        try {
            MimeMessage message = message(m);
            sender.send(message);
            return Delivery.sent("SMTP accepted " + message.getMessageID());
        }
        catch (MailParseException ex) {
            return Delivery.permanentFailure("invalid e-mail: " + rootMessage(ex));
        }
        catch (MailAuthenticationException ex) {
            return Delivery.transientFailure("SMTP authentication failed: " + rootMessage(ex));
        }
        catch (MailException | MessagingException ex) {
            return classify(ex);
        }
    }

    private MimeMessage message(OutgoingMessage m) throws MessagingException {
        String messageId = "<" + m.idempotencyKey() + "@retention>";
        Session session = sender.createMimeMessage().getSession();
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(m.address());
        helper.setSubject(subject(m));
        helper.setText(m.content().body(), false);
        message.setHeader("X-Idempotency-Key", m.idempotencyKey());
        return message;
    }

    private static String subject(OutgoingMessage m) {
        if (m.content().subject() != null && !m.content().subject().isBlank()) {
            return m.content().subject();
        }
        String first = m.content().body().lines().findFirst().orElse("");
        return first.length() > 60 ? first.substring(0, 59) + "…" : first;
    }

    private static Delivery classify(Exception ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof AddressException) {
                return Delivery.permanentFailure("invalid e-mail address: " + t.getMessage());
            }
            if (t instanceof ConnectException) {
                return Delivery.transientFailure("SMTP server refused the connection: " + t.getMessage());
            }
        }
        String reason = "SMTP: " + rootMessage(ex);
        return PERMANENT_REPLY.matcher(reason).find() ? Delivery.permanentFailure(reason)
                : Delivery.transientFailure(reason);
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                root = t;
            }
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        return message.length() > 400 ? message.substring(0, 399) + "…" : message;
    }
}
