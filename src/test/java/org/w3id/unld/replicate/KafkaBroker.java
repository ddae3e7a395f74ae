package org.w3id.unld.replicate;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft Kafka (broker and controller in one), in a JVM of its own started from the test classpath's
 * Kafka jars, on free loopback ports: formatted with Kafka's StorageTool, then run with {@code kafka.Kafka}. For the
 * replication tests; stopped (and its log kept in its folder) when closed.
 */
final class KafkaBroker implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path folder;

    private KafkaBroker(Process process, int port, Path folder) {
        this.process = process;
        this.port = port;
        this.folder = folder;
    }

    static KafkaBroker start(Path folder) throws IOException, InterruptedException {
        int port = freePort();
        int controller = freePort();
        Path config = folder.resolve("server.properties");
        List<String> lines = List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + folder.resolve("data"),
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "message.max.bytes=" + KafkaTopic.MAX_PATCH_BYTES,
                "replica.fetch.max.bytes=" + KafkaTopic.MAX_PATCH_BYTES);
        Files.write(config, lines);
        Path log = folder.resolve("broker.log");
        int formatted = java(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()), log)
                .waitFor();
        if (formatted != 0) {
            throw new IllegalStateException("kafka-storage format failed: " + Files.readString(log));
        }
        Process p = java(List.of("kafka.Kafka", config.toString()), log);
        KafkaBroker broker = new KafkaBroker(p, port, folder);
        broker.awaitReady(Duration.ofSeconds(40));
        return broker;
    }

    private static Process java(List<String> mainAndArgs, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    String topicUri(String topic) {
        return "kafka://" + bootstrap() + "/" + topic;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Properties p = new Properties();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        p.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker stopped: " + tail());
            }
            try (Admin admin = Admin.create(p)) {
                admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                Thread.sleep(300);
            }
        }
        throw new IllegalStateException("the Kafka broker did not start within " + timeout.toSeconds() + " s: " + tail());
    }

    private String tail() {
        try {
            String s = Files.readString(folder.resolve("broker.log"));
            return s.substring(Math.max(0, s.length() - 4000));
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
