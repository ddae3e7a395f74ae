package org.w3id.unld.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The example queries of queries/*.rq (in the jar as unld/queries/*.rq). A file's leading comment lines
 * are its title (the first) and its description (the others).
 */
public final class ExampleQueries {
    static final String FOLDER = "unld/queries";

    /** @param name the file name without .rq, used in links ({@code /query?example=name}) */
    public record Example(String name, String title, String description, String query) {
    }

    private final List<Example> examples;

    ExampleQueries(List<Example> examples) {
        this.examples = List.copyOf(examples);
    }

    public List<Example> all() {
        return examples;
    }

    public Optional<Example> named(String name) {
        return examples.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public static ExampleQueries load() {
        URL url = ExampleQueries.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            return new ExampleQueries(List.of());
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                boolean opened = false;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                try {
                    return new ExampleQueries(read(fs.provider().getPath(uri)));
                } finally {
                    if (opened) {
                        fs.close();
                    }
                }
            }
            return new ExampleQueries(read(Path.of(uri)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Example> read(Path folder) throws IOException {
        List<Example> list = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                list.add(parse(f.getFileName().toString().replaceFirst("\\.rq$", ""), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return list;
    }

    static Example parse(String name, String text) {
        List<String> comments = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (line.startsWith("#")) {
                comments.add(line.substring(1).strip());
            } else if (!line.isBlank()) {
                break;
            }
        }
        String title = comments.isEmpty() || comments.get(0).isEmpty() ? name : comments.get(0);
        String description = comments.size() > 1 ? String.join(" ", comments.subList(1, comments.size())).strip() : "";
        return new Example(name, title, description, text.strip() + "\n");
    }
}
