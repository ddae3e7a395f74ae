package org.w3id.unld.replicate;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * The replication topic, {@code kafka://HOST:PORT/TOPIC}: one partition, so that its order is the journal's; records
 * keyed by patch id, the patch's text as value. The topic keeps its records forever (a new replica starts from the
 * first patch, or from a dump's), and takes patches up to {@link #MAX_PATCH_BYTES}.
 */
public record KafkaTopic(String bootstrap, String name) {
    /**
     * The largest patch sent (and fetched): Kafka's default of 1 MB is a few hundred documents; a batch of 5,000 can
     * be tens of MB. A larger patch is refused by the producer and stays unacknowledged in the journal: ingest in
     * smaller batches ({@code --batch-size}).
     */
    public static final int MAX_PATCH_BYTES = 64 * 1024 * 1024;

    /** Reads {@code kafka://HOST:PORT/TOPIC}. */
    public static KafkaTopic parse(String uri) {
        try {
            URI u = new URI(uri);
            String topic = u.getPath() == null ? "" : u.getPath().replaceFirst("^/", "");
            if (!"kafka".equals(u.getScheme()) || u.getHost() == null || u.getPort() < 0 || topic.isEmpty() || topic.contains("/")) {
                throw new IllegalArgumentException("give the topic as kafka://HOST:PORT/TOPIC, not " + uri);
            }
            return new KafkaTopic(u.getHost() + ":" + u.getPort(), topic);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("give the topic as kafka://HOST:PORT/TOPIC, not " + uri, e);
        }
    }

    public TopicPartition partition() {
        return new TopicPartition(name, 0);
    }

    @Override
    public String toString() {
        return "kafka://" + bootstrap + "/" + name;
    }

    /** Creates the topic with one partition unless it exists; fails if it exists with more than one. */
    public void ensureExists(Duration timeout) {
        Properties p = new Properties();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        p.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(p)) {
            NewTopic topic = new NewTopic(name, Optional.of(1), Optional.empty()).configs(Map.of(
                    TopicConfig.RETENTION_MS_CONFIG, "-1",
                    TopicConfig.RETENTION_BYTES_CONFIG, "-1",
                    TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_PATCH_BYTES)));
            try {
                admin.createTopics(List.of(topic)).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new ReplicationException("cannot create the topic " + this + ": " + e.getCause().getMessage(), e.getCause());
                }
            }
            TopicDescription d = admin.describeTopics(List.of(name)).allTopicNames().get().get(name);
            if (d.partitions().size() != 1) {
                throw new ReplicationException("the topic " + this + " has " + d.partitions().size()
                        + " partitions; replication needs one (its order is the patches' order)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplicationException("interrupted while creating the topic " + this, e);
        } catch (ExecutionException e) {
            throw new ReplicationException("cannot reach the topic " + this + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // Every replica of the partition has it before it counts as sent, and a retry never duplicates or reorders.
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_PATCH_BYTES);
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 2L * MAX_PATCH_BYTES);
        // Patches are N-Quads-like text: gzip (pure Java) shrinks them several times.
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 30_000);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        return p;
    }

    Properties consumerProperties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        // No consumer group: the position lives in the store (PatchMark), atomically with the data.
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MAX_PATCH_BYTES);
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, MAX_PATCH_BYTES);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 16);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return p;
    }

    /** The key (patch id) of the topic's last record, if it has any. */
    Optional<String> lastKey(Duration timeout) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties())) {
            TopicPartition tp = partition();
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp), timeout).get(tp);
            if (end == 0) {
                return Optional.empty();
            }
            consumer.seek(tp, end - 1);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() == end - 1) {
                        return Optional.of(r.key());
                    }
                }
            }
            throw new ReplicationException("cannot read the last record of " + this + " within " + timeout.toSeconds() + " s");
        }
    }
}
