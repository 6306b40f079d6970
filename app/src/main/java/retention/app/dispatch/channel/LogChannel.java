package retention.app.dispatch.channel;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;

import retention.rules.facts.Channel;

/**
 * Writes rendered messages to a file instead of sending them ({@code data/messages.log}): the demo's channel, and
 * where every channel's messages go when dispatch is redirected to the log.
 */
public final class LogChannel implements MessageChannel, AutoCloseable {

    private final Path file;
    private final Clock clock;
    private BufferedWriter writer;

    public LogChannel(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.LOG;
    }

    @Override
    public synchronized Delivery send(OutgoingMessage m) {
        try {
            BufferedWriter out = writer();
            out.write("--- " + Instant.now(clock) + "  " + m.channel() + " to " + m.address() + "  customer "
                    + m.customerId() + " (" + m.customerName() + ")  " + m.template() + "." + m.language()
                    + "  key " + m.idempotencyKey() + "\n");
            if (m.content().subject() != null) {
                out.write("subject: " + m.content().subject() + "\n");
            }
            out.write(m.content().body() + "\n\n");
            out.flush();
            return Delivery.sent("written to " + file.getFileName());
        }
        catch (IOException ex) {
            return Delivery.transientFailure("cannot write " + file + ": " + ex.getMessage());
        }
    }

    private BufferedWriter writer() throws IOException {
        if (writer == null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        return writer;
    }

    @Override
    public synchronized void close() {
        if (writer != null) {
            try {
                writer.close();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            writer = null;
        }
    }
}
