package org.w3id.unld.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the gazetteer tables shipped under {@code unld/reference/} on the class path. They are
 * tab-separated UTF-8 with a header row; lines starting with # are comments. The tables are written
 * by scripts/build-gazetteer.py, which refuses tabs and line breaks inside values, so a plain split
 * is exact (there is no quoting to undo).
 */
final class Tables {

    static final String FOLDER = "unld/reference/";

    private Tables() {
    }

    /** One row, by column name. Empty cells are null. */
    record Row(String table, int line, Map<String, String> cells) {

        String required(String column) {
            String value = optional(column);
            if (value == null) {
                throw new IllegalStateException(table + " line " + line + ": no " + column);
            }
            return value;
        }

        String optional(String column) {
            if (!cells.containsKey(column)) {
                throw new IllegalStateException(table + ": no column " + column);
            }
            return cells.get(column);
        }

        List<String> list(String column) {
            String value = optional(column);
            return value == null ? List.of() : List.of(value.split("\\|"));
        }
    }

    static List<Row> read(String name) {
        String resource = FOLDER + name;
        InputStream in = Tables.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("gazetteer table missing from the class path: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            String[] header = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length != header.length) {
                    throw new IllegalStateException(name + " line " + number + ": " + cells.length
                            + " cells, expected " + header.length + " " + Arrays.toString(header));
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i].isEmpty() ? null : cells[i]);
                }
                rows.add(new Row(name, number, row));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
