package retention.app.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh database for one simulated market: next to the configured MySQL/MariaDB database when there is one
 * (its name plus a suffix, created and dropped here, e.g. {@code retention_sim_default}), else an H2 file under
 * {@code data/simulation}. A simulation never writes into the shop's own database.
 */
public final class SimulationDatabase {

    private static final Pattern MYSQL = Pattern.compile("(jdbc:(?:mysql|mariadb)://[^/]+/)([A-Za-z0-9_]+)(.*)");

    private SimulationDatabase() {
    }

    /** The JDBC URL of a fresh, empty database for the market called {@code name}. */
    public static String fresh(String configuredUrl, String user, String password, Path home, String name) {
        Matcher mysql = MYSQL.matcher(configuredUrl == null ? "" : configuredUrl);
        if (mysql.matches()) {
            String database = mysql.group(2) + "_sim_" + name;
            try (Connection connection = DriverManager.getConnection(mysql.group(1) + mysql.group(3), user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
                statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            catch (SQLException ex) {
                throw new IllegalStateException("Cannot create the simulation database " + database + ": "
                        + ex.getMessage(), ex);
            }
            return mysql.group(1) + database + mysql.group(3);
        }
        Path dir = home.resolve("data/simulation/" + name).toAbsolutePath().normalize();
        try {
            SimulationBooks.deleteTree(dir);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot clear " + dir, ex);
        }
        return "jdbc:h2:file:" + dir.resolve("retention") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }
}
