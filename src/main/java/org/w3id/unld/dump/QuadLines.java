package org.w3id.unld.dump;

import org.apache.jena.atlas.io.AWriterBase;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.sparql.core.Quad;

import java.nio.charset.StandardCharsets;

/**
 * The canonical N-Quads line of a quad, as UTF-8 bytes without the end of line, and the positions of its
 * terms. Terms are written by Jena's N-Triples formatter (UTF-8, no {@code ^^xsd:string}, blank nodes by
 * the store's own label), so the same store always gives the same bytes.
 *
 * <p>The splitting methods read lines this class wrote: a subject and a predicate end at the next space
 * (IRIs and blank-node labels hold none), an object literal ends at its closing unescaped quote plus its
 * language tag or datatype, and what follows the object is the graph term or nothing.
 */
final class QuadLines {
    private final NodeFormatter formatter = new NodeFormatterNT(CharSpace.UTF8);
    private final StringBuilderWriter buffer = new StringBuilderWriter();

    /** The N-Quads line of {@code quad}; a quad of the default graph is written as a triple. */
    byte[] line(Quad quad) {
        StringBuilder sb = buffer.sb;
        sb.setLength(0);
        formatter.format(buffer, quad.getSubject());
        sb.append(' ');
        formatter.format(buffer, quad.getPredicate());
        sb.append(' ');
        formatter.format(buffer, quad.getObject());
        Node g = quad.getGraph();
        if (g != null && !Quad.isDefaultGraph(g)) {
            sb.append(' ');
            formatter.format(buffer, g);
        }
        sb.append(" .");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Where the object term of a line ends (exclusive): the line up to here is its triple. */
    static int tripleEnd(byte[] line) {
        int p = termEnd(line, 0);
        p = termEnd(line, p + 1);
        return termEnd(line, p + 1);
    }

    /** The start of the graph term of a line whose triple ends at {@code tripleEnd}, or -1 for the default graph. */
    static int graphStart(byte[] line, int tripleEnd) {
        return line[tripleEnd + 1] == '.' ? -1 : tripleEnd + 1;
    }

    /** Where the predicate term starts and ends: {@code [start, end)}. */
    static int predicateStart(byte[] line) {
        return termEnd(line, 0) + 1;
    }

    static int termEnd(byte[] line, int start) {
        byte b = line[start];
        switch (b) {
            case '<':
                return indexOf(line, (byte) '>', start + 1) + 1;
            case '_':
                return indexOf(line, (byte) ' ', start + 1);
            case '"': {
                int i = start + 1;
                while (line[i] != '"') {
                    i += line[i] == '\\' ? 2 : 1;
                }
                i++;
                if (line[i] == '@') {
                    return indexOf(line, (byte) ' ', i);
                }
                if (line[i] == '^') {
                    return indexOf(line, (byte) '>', i + 2) + 1;
                }
                return i;
            }
            default:
                // RDF 1.2 triple terms are not produced by unld's mappers.
                throw new IllegalStateException("unexpected term in a dump line: " + new String(line, StandardCharsets.UTF_8));
        }
    }

    private static int indexOf(byte[] line, byte b, int from) {
        for (int i = from; i < line.length; i++) {
            if (line[i] == b) {
                return i;
            }
        }
        throw new IllegalStateException("malformed dump line: " + new String(line, StandardCharsets.UTF_8));
    }

    /** Jena's formatters write to an AWriter; this one appends to a reusable, unsynchronized StringBuilder. */
    private static final class StringBuilderWriter extends AWriterBase {
        final StringBuilder sb = new StringBuilder(256);

        @Override
        public void print(char ch) {
            sb.append(ch);
        }

        @Override
        public void print(char[] cbuf) {
            sb.append(cbuf);
        }

        @Override
        public void print(String s) {
            sb.append(s);
        }

        @Override
        public void printf(String fmt, Object... args) {
            sb.append(String.format(fmt, args));
        }

        @Override
        public void println(String s) {
            sb.append(s).append('\n');
        }

        @Override
        public void println() {
            sb.append('\n');
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
