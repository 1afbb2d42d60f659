package kg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community embedded with Bolt on loopback, for kg's tests and
 * demos. Arguments: HOME PORT; the password comes from KG_NEO4J_PASSWORD so
 * that it never shows in a process listing.
 */
public final class Neo4jServer {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Neo4jServer HOME PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String port = args[1];
        String password = System.getenv("KG_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("KG_NEO4J_PASSWORD must hold at least 8 characters");
            System.exit(2);
        }
        Map<String, String> cfg = new HashMap<>();
        cfg.put("server.bolt.enabled", "true");
        cfg.put("server.bolt.listen_address", "127.0.0.1:" + port);
        cfg.put("server.bolt.advertised_address", "127.0.0.1:" + port);
        cfg.put("dbms.security.auth_enabled", "true");
        // Sized for a 2-core laptop: the heap is set by the java command line.
        cfg.put("server.memory.pagecache.size", System.getenv().getOrDefault("KG_NEO4J_PAGECACHE", "512m"));
        cfg.put("db.tx_log.rotation.retention_policy", "2 files");
        cfg.put("db.transaction.timeout", "10m");
        // LOAD CSV reads file URLs only inside HOME/import (an embedded DBMS
        // otherwise reads any file the JVM can, /etc/passwd and
        // /proc/self/environ with the password included), and no URL on
        // loopback or private networks.
        Path importDir = home.resolve("import");
        Files.createDirectories(importDir);
        cfg.put("server.directories.import", importDir.toString());
        cfg.put("dbms.security.allow_csv_import_from_file_urls", "true");
        cfg.put("internal.dbms.cypher_ip_blocklist",
                "127.0.0.0/8,0.0.0.0/8,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,169.254.0.0/16,::1/128,fc00::/7,fe80::/10");

        // The builder takes raw settings only from a file.
        Files.createDirectories(home);
        Path conf = home.resolve("kg-neo4j.conf");
        StringBuilder props = new StringBuilder();
        cfg.forEach((k, v) -> props.append(k).append('=').append(v).append('\n'));
        Files.writeString(conf, props.toString());
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Same password as before: nothing to change.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
        System.out.println("kg-neo4j: ready on bolt://127.0.0.1:" + port);
        System.out.flush();
        Thread.currentThread().join();
    }
}
