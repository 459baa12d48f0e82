package dev.redstring.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

/**
 * Neo4j Community on Bolt, for development, tests and the benchmark: the database engine that a
 * Neo4j server runs, embedded, with only the Bolt connector open and only on 127.0.0.1.
 *
 * <p>Arguments: the home folder (databases, transaction logs and Neo4j's own logs live under it),
 * the Bolt port, the password of the user {@code neo4j}, and the page cache size. A new home folder
 * is an empty database whose {@code neo4j} user gets that password before Bolt opens, so that
 * drivers can connect at once; an existing one keeps whatever password it has.
 *
 * <p>Prints exactly one line on standard output, once Bolt accepts connections, and shuts the
 * database down cleanly on SIGINT or SIGTERM (the JVM runs shutdown hooks for both).
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: LocalNeo4j HOME PORT PASSWORD PAGECACHE");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String password = args[2];
    String pageCache = args[3];
    // Neo4j keeps the system database (users, and the list of databases) under data/databases.
    boolean fresh = !Files.exists(home.resolve("data").resolve("databases").resolve("system"));

    if (fresh) {
      // Neo4j's initial user must change its password before anything else; a server does this
      // with `neo4j-admin dbms set-initial-password`, here the same Cypher runs on the system
      // database before Bolt opens, so that no client can connect while the password is not set.
      DatabaseManagementService setup = builder(home, pageCache).build();
      try {
        setup
            .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
            .executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
      } finally {
        setup.shutdown();
      }
    }

    DatabaseManagementService dbms =
        builder(home, pageCache)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    // The default database must answer before we say Bolt is ready.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

    System.out.println(
        "Neo4j "
            + Version.getNeo4jVersion()
            + " Community ready on bolt://127.0.0.1:"
            + port
            + " (data in "
            + home
            + ")");
    System.out.flush();
    stopped.await();
  }

  /** Everything but Bolt: no connector is open until the caller enables one. */
  private static DatabaseManagementServiceBuilder builder(Path home, String pageCache) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, false)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
        // As on a server: a statement that runs away is stopped rather than left to hold locks.
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10));
  }
}
