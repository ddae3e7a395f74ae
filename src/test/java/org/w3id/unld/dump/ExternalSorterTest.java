package org.w3id.unld.dump;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExternalSorterTest {
    @TempDir
    Path temp;

    /** Random lines over ASCII, Latin-1, CJK and astral characters, with duplicates and prefixes of each other. */
    static List<String> lines(int n, long seed) {
        Random r = new Random(seed);
        String[] alphabet = {"a", "b", "A", " ", "<", ">", "\"", "\\", "\u0001", "\u00e9", "\u00ff", "\u5f20", "\uD83C\uDF0D", "\uFFFD"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i > 0 && r.nextInt(10) == 0) {
                String earlier = lines.get(r.nextInt(i));
                lines.add(r.nextBoolean() ? earlier : earlier + alphabet[r.nextInt(alphabet.length)]);
                continue;
            }
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(40);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet[r.nextInt(alphabet.length)]);
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    static byte[] joined(Iterator<byte[]> it) {
        var out = new java.io.ByteArrayOutputStream();
        it.forEachRemaining(line -> {
            out.writeBytes(line);
            out.write('\n');
        });
        return out.toByteArray();
    }

    @Test
    void linesComeOutAsLcAllCSortUniqueWouldGiveThem() throws IOException {
        List<String> lines = lines(5000, 1);
        Path input = temp.resolve("input.txt");
        Files.writeString(input, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        try (ExternalSorter sorter = new ExternalSorter(temp.resolve("runs"), 1 << 20)) {
            lines.forEach(l -> sorter.add(l.getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, sorter.spilledRuns());
            assertArrayEquals(Tools.cSort(input, true), joined(sorter.sorted()));
        }
    }

    @Test
    void moreRunsThanCanBeMergedAtOnceAreMergedInRoundsWithTheSameResult() throws IOException {
        List<String> lines = lines(20000, 2);
        Path input = temp.resolve("input.txt");
        Files.writeString(input, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        Path runs = temp.resolve("runs");
        try (ExternalSorter sorter = new ExternalSorter(runs, 4096)) {
            lines.forEach(l -> sorter.add(l.getBytes(StandardCharsets.UTF_8)));
            assertTrue(sorter.spilledRuns() > 2 * ExternalSorter.FAN_IN, "runs: " + sorter.spilledRuns());
            assertArrayEquals(Tools.cSort(input, true), joined(sorter.sorted()));
        }
        try (Stream<Path> left = Files.list(runs)) {
            assertEquals(0, left.count(), "closing removes the runs");
        }
    }

    @Test
    void nothingInNothingOut() {
        try (ExternalSorter sorter = new ExternalSorter(temp.resolve("runs"), 1024)) {
            assertEquals(0, joined(sorter.sorted()).length);
        }
    }
}
