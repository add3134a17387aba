package testimonygraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Local Neo4j Community server (embedded DBMS + Bolt) for development and tests.
 *
 * <p>Usage: {@code java -cp ... testimonygraph.Neo4jServer [dataDir]}
 *
 * <ul>
 *   <li>dataDir: first argument, else env NEO4J_DATA_DIR, else {@code neo4j/data}. It is used as
 *       the Neo4j home: the store lives in {@code dataDir/data}, logs (debug.log) in
 *       {@code dataDir/logs}.
 *   <li>NEO4J_PORT: Bolt port on 127.0.0.1 (default 7687).
 *   <li>NEO4J_EXIT_ON_STDIN_EOF=1: shut down when stdin reaches EOF. The Node test launcher sets
 *       this and keeps a pipe open, so the server cannot outlive a test run that crashed.
 * </ul>
 *
 * <p>Auth is disabled: this is a loopback-only dev/test server, and drivers may send any
 * credentials. Prints exactly one line to stdout ("Neo4j X ready at bolt://...") once the
 * {@code neo4j} database is available; everything else goes to stderr or the debug log.
 */
public final class Neo4jServer {
    private static final long PAGE_CACHE_BYTES = 256L * 1024 * 1024;
    // The JVM runs with -Xmx1g by default; cap transaction memory well below it so one runaway
    // query fails with a MemoryLimitExceeded error instead of taking the whole server down with
    // OOM. A large seed (one transaction) needs more: NEO4J_TX_MEMORY_MB with a larger NEO4J_HEAP.
    private static final long MB = 1024L * 1024;
    private static final long DEFAULT_TX_MAX_MB = 256;
    private static final long START_TIMEOUT_SECONDS = 120;

    private Neo4jServer() {}

    public static void main(String[] args) {
        // Capture the real stdout for the ready line, then point System.out at stderr so
        // nothing else (library chatter) can ever interleave with the line launchers wait for.
        PrintStream ready = System.out;
        System.setOut(System.err);
        try {
            run(args, ready);
        } catch (StartupException e) {
            System.err.println("neo4j: " + e.getMessage());
            System.exit(1);
        } catch (Throwable t) {
            // Neo4j wraps the real cause in several lifecycle exceptions; show the innermost one.
            // The full trace is also in <data dir>/logs/debug.log when the DBMS got that far.
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root.getClass().getSimpleName().equals("FileLockException")) {
                System.err.println("neo4j: the data directory is in use by another running Neo4j"
                        + " (stop it, or set NEO4J_DATA_DIR to another directory): " + root.getMessage());
            } else {
                System.err.println("neo4j: failed to start: " + root);
            }
            if ("1".equals(System.getenv("NEO4J_DEBUG"))) {
                t.printStackTrace();
            } else {
                System.err.println("neo4j: set NEO4J_DEBUG=1 for the stack trace");
            }
            System.exit(1);
        }
    }

    private static void run(String[] args, PrintStream ready) throws Exception {
        Path home = dataDir(args).toAbsolutePath().normalize();
        int port = port();
        long txMaxMb = txMaxMb();
        // Bolt binding failures surface as a long nested lifecycle exception; checking first
        // gives a one-line message for the common "another Neo4j is already running" case.
        ensurePortFree(port);
        Files.createDirectories(home);

        // Register the shutdown hook before starting, so a Ctrl-C during the few seconds of
        // startup still ends in a clean shutdown (the hook waits for build() to return).
        // SIGINT/SIGTERM run shutdown hooks; a clean shutdown checkpoints the store, so the next
        // start needs no recovery.
        AtomicReference<DatabaseManagementService> dbmsRef = new AtomicReference<>();
        CountDownLatch built = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean shuttingDown = new AtomicBoolean(false);
        Runnable shutdown = () -> {
            if (!shuttingDown.compareAndSet(false, true)) {
                return;
            }
            try {
                built.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                DatabaseManagementService dbms = dbmsRef.get();
                if (dbms != null) {
                    System.err.println("neo4j: shutting down");
                    dbms.shutdown();
                }
            } catch (Throwable t) {
                System.err.println("neo4j: error during shutdown: " + t);
            } finally {
                stopped.countDown();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "neo4j-shutdown"));

        if ("1".equals(System.getenv("NEO4J_EXIT_ON_STDIN_EOF"))) {
            Thread watcher = new Thread(() -> {
                drain(System.in);
                System.err.println("neo4j: stdin closed");
                System.exit(0); // runs the shutdown hook (which waits if still starting)
            }, "neo4j-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, 2 * txMaxMb * MB)
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMaxMb * MB)
                    // Transaction logs are otherwise preallocated in 256 MiB chunks: wasteful for
                    // the throwaway temp stores the tests create.
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    // Bolt's Netty event loops otherwise wait out a 5 s "quiet period" twice
                    // (boss + worker group) on shutdown, so every stop took ~10 s. Client
                    // connections are already closed at that point. (Internal setting, 5.26.)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
            dbmsRef.set(dbms);
        } finally {
            built.countDown();
        }

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.SECONDS.toMillis(START_TIMEOUT_SECONDS))) {
            shutdown.run();
            throw new StartupException("database 'neo4j' did not become available within "
                    + START_TIMEOUT_SECONDS + " s (see " + home.resolve("logs/debug.log") + ")");
        }

        ready.println("Neo4j " + version(db) + " ready at bolt://127.0.0.1:" + port);
        ready.flush();

        stopped.await();
    }

    /** The version the running kernel reports, e.g. "5.26.30". */
    private static String version(GraphDatabaseService db) {
        return db.executeTransactionally(
                "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS v",
                Map.of(),
                result -> result.hasNext() ? String.valueOf(result.next().get("v")) : "unknown");
    }

    private static Path dataDir(String[] args) {
        if (args.length > 0 && !args[0].isBlank()) {
            return Path.of(args[0]);
        }
        String env = System.getenv("NEO4J_DATA_DIR");
        return Path.of(env != null && !env.isBlank() ? env : "neo4j/data");
    }

    /** NEO4J_TX_MEMORY_MB: the most one transaction may use (the global cap is twice that). */
    private static long txMaxMb() throws StartupException {
        String raw = System.getenv("NEO4J_TX_MEMORY_MB");
        if (raw == null || raw.isBlank()) {
            return DEFAULT_TX_MAX_MB;
        }
        try {
            long mb = Long.parseLong(raw.trim());
            if (mb < 16) {
                throw new NumberFormatException();
            }
            return mb;
        } catch (NumberFormatException e) {
            throw new StartupException("NEO4J_TX_MEMORY_MB must be a whole number of megabytes, at least 16, got '" + raw + "'");
        }
    }

    private static int port() throws StartupException {
        String raw = System.getenv("NEO4J_PORT");
        if (raw == null || raw.isBlank()) {
            return 7687;
        }
        try {
            int port = Integer.parseInt(raw.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StartupException("NEO4J_PORT must be a port number (1-65535), got '" + raw + "'");
        }
    }

    private static void ensurePortFree(int port) throws StartupException, IOException {
        // SO_REUSEADDR like Bolt's own listener: a port whose old connections linger in
        // TIME_WAIT after a restart is free to bind; one with a live listener is not.
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        } catch (BindException e) {
            throw new StartupException("port 127.0.0.1:" + port + " is already in use"
                    + " (another Neo4j running?). Stop it or set NEO4J_PORT to a free port.");
        }
    }

    private static void drain(InputStream in) {
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) != -1) {
                // ignore input; only EOF matters
            }
        } catch (IOException ignored) {
            // a broken pipe means the parent is gone too
        }
    }

    /** An expected startup failure: reported as one line, without a stack trace. */
    private static final class StartupException extends Exception {
        StartupException(String message) {
            super(message);
        }
    }
}
