package org.w3id.unld.dump;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dump set currently published in a folder, as its {@code SHA256SUMS} lists it (that file is renamed into
 * place last, so what it lists is complete). The server serves these files and nothing else: a requested
 * name is looked up in this list, never resolved as a path.
 */
public final class PublishedDumps {
    private static final Pattern SUM_LINE = Pattern.compile("([0-9a-f]{64})  ([A-Za-z0-9][A-Za-z0-9._-]*)");

    /** A published file. */
    public record Entry(String name, DumpFile.Kind kind, long bytes, String sha256) {
    }

    private PublishedDumps() {
    }

    /** The files listed in {@code SHA256SUMS} that are there, then {@code SHA256SUMS} itself; empty when nothing is published. */
    public static List<Entry> list(Path folder) {
        Path sums = folder.resolve(DumpSet.CHECKSUMS);
        String text;
        try {
            text = Files.readString(sums, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = SUM_LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String name = m.group(2);
            Optional<DumpFile.Kind> kind = kindOf(name);
            Path file = folder.resolve(name);
            if (kind.isPresent() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                entries.add(new Entry(name, kind.get(), size(file), m.group(1)));
            }
        }
        entries.add(new Entry(DumpSet.CHECKSUMS, DumpFile.Kind.CHECKSUMS, size(sums), null));
        return entries;
    }

    /** The published file of that name, if there is one. */
    public static Optional<Entry> find(Path folder, String name) {
        return list(folder).stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** What a file of a dump set holds, from its name. */
    public static Optional<DumpFile.Kind> kindOf(String name) {
        if (name.equals(DumpSet.DESCRIPTION)) {
            return Optional.of(DumpFile.Kind.DESCRIPTION);
        }
        if (name.equals(DumpSet.CHECKSUMS)) {
            return Optional.of(DumpFile.Kind.CHECKSUMS);
        }
        if (!DumpSet.DATED_FILE.matcher(name).matches()) {
            return Optional.empty();
        }
        String suffix = name.substring("unld-YYYY-MM-DD".length());
        if (suffix.startsWith("-linkset-") && suffix.endsWith(".nt")) {
            return Optional.of(DumpFile.Kind.LINKSET);
        }
        return switch (suffix) {
            case ".nq.gz" -> Optional.of(DumpFile.Kind.QUADS);
            case ".nt.gz" -> Optional.of(DumpFile.Kind.UNION_NTRIPLES);
            case ".ttl.gz" -> Optional.of(DumpFile.Kind.UNION_TURTLE);
            case ".jsonld.gz" -> Optional.of(DumpFile.Kind.UNION_JSONLD);
            case "-ontology.ttl" -> Optional.of(DumpFile.Kind.ONTOLOGY);
            case "-shapes.ttl" -> Optional.of(DumpFile.Kind.SHAPES);
            default -> Optional.empty();
        };
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
