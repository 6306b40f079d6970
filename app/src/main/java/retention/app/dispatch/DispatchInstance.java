package retention.app.dispatch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The name of this instance: host, process id and a random suffix, so that two contexts in one JVM differ too.
 * Each dispatch run claims outbox rows under this name and its run id.
 *
 * @param name the name
 */
public record DispatchInstance(String name) {

    static DispatchInstance current() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException ex) {
            host = "localhost";
        }
        byte[] suffix = new byte[2];
        ThreadLocalRandom.current().nextBytes(suffix);
        String name = host + "-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(suffix);
        return new DispatchInstance(name.length() > 80 ? name.substring(name.length() - 80) : name);
    }
}
