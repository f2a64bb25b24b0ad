package io.trendscout.platform.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky's embedded binaries, a real postgres process). With a data
 * directory it keeps its data across restarts; without one it is throw-away.
 */
public final class LocalPostgres implements AutoCloseable {

    /** Major version of the bundled binaries; a data folder of another version is refused. */
    public static final String MAJOR_VERSION = "17";

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static LocalPostgres startEphemeral() {
        return start(0, null);
    }

    public static LocalPostgres start(int port, Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "400")
                    .setServerConfig("fsync", dataDirectory == null ? "off" : "on")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("shared_buffers", "128MB")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                checkVersion(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return new LocalPostgres(builder.start());
        } catch (IOException ex) {
            throw new IllegalStateException("PostgreSQL did not start: " + ex.getMessage(), ex);
        }
    }

    private static void checkVersion(Path dataDirectory) throws IOException {
        Path versionFile = dataDirectory.resolve("PG_VERSION");
        if (Files.exists(versionFile)) {
            String found = Files.readString(versionFile).trim();
            if (!found.equals(MAJOR_VERSION)) {
                throw new DataFolderMismatch(dataDirectory, found);
            }
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    /** Creates a database if it does not exist yet. */
    public void createDatabase(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var rs = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!rs.next()) {
                statement.execute("create database " + name);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not create database " + name, ex);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The data folder was written by another PostgreSQL major version. */
    public static final class DataFolderMismatch extends IllegalStateException {
        public DataFolderMismatch(Path folder, String found) {
            super("The data folder " + folder + " was made by PostgreSQL " + found + ", but this platform runs "
                    + MAJOR_VERSION + ": start with --fresh to wipe it, or move it away.");
        }
    }
}
