package org.w3id.unld.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the text says what the extraction holds: for each extracted value, the passages of the text as read that state
 * it. A value is named by its JSON Pointer (RFC 6901) into the extraction's JSON ({@code /date},
 * {@code /agendaItems/2/title}, {@code /sender/name}) or, for what only {@code --graph-facts} prints, into that JSON
 * ({@code /signatories/0/name}). A value the text does not print (a symbol read from the file name, an organ decided
 * from the symbol) has no evidence.
 *
 * <p>Offsets count Unicode code points (as Web Annotation's {@code oa:TextPositionSelector} does, and as Python and
 * most text tools count characters) into {@link #textOf the text as read}: the reader's text without the white space
 * at its start and end, which is also the text the store keeps and serves at {@code /doc/…/text}.
 *
 * @param byField the passages of each value, in the order of the text; field paths sorted, so the JSON is stable
 */
public record Evidence(Map<String, List<Passage>> byField) {
    public static final Evidence NONE = new Evidence(Map.of());

    public Evidence {
        TreeMap<String, List<Passage>> sorted = new TreeMap<>();
        byField.forEach((field, passages) -> {
            if (!passages.isEmpty()) {
                sorted.put(field, List.copyOf(passages));
            }
        });
        byField = Collections.unmodifiableMap(sorted);
    }

    /** The passages that state the value at {@code field}, or none. */
    public List<Passage> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The text that evidence offsets count into: the text as read, without white space at its start and end. */
    public static String textOf(SourceText source) {
        return source.text().strip();
    }

    /**
     * One passage of the text: code points {@code start} (inclusive) to {@code end} (exclusive), and the text there.
     *
     * @param quote exactly the text between the offsets, as read (line breaks and all)
     */
    public record Passage(int start, int end, String quote) {
        public Passage {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("a passage needs 0 <= start < end, not " + start + ".." + end);
            }
        }
    }
}
