package org.w3id.unld.dump;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The dataset's modification date: the day (UTC) on which a dump first saw the store's current content.
 *
 * <p>The store holds no wall-clock time (document graphs are deterministic), and writes may come from
 * ingest, the server's HTTP ingest or SPARQL Update. So the dump fingerprints what it publishes (a SHA-256
 * over the data files' checksums) and keeps, in a small file of the store folder, the fingerprint with the
 * date it was first seen. The same content keeps its date, so two dumps of the same store give the same
 * file names and bytes on any day; changed content gets today's date.
 *
 * @param fingerprint SHA-256 (hex) of the published content
 * @param modified    the day this content was first dumped
 */
record DatasetVersion(String fingerprint, LocalDate modified) {
    /** The file in the store folder that remembers the last version. */
    static final String FILE = "dataset-version.json";

    /** The version of {@code fingerprint}: the remembered one when it matches, otherwise a new one dated today. */
    static DatasetVersion resolve(Path file, String fingerprint, Clock clock) {
        DatasetVersion known = read(file);
        if (known != null && known.fingerprint.equals(fingerprint)) {
            return known;
        }
        DatasetVersion version = new DatasetVersion(fingerprint, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        write(file, version);
        return version;
    }

    private record Json(String fingerprint, String modified) {
    }

    private static DatasetVersion read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Json j = new Gson().fromJson(Files.readString(file, StandardCharsets.UTF_8), Json.class);
            if (j == null || j.fingerprint() == null || j.modified() == null) {
                return null;
            }
            return new DatasetVersion(j.fingerprint(), LocalDate.parse(j.modified()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonParseException | DateTimeParseException e) {
            // A damaged record only costs the date: the content is dated anew.
            return null;
        }
    }

    private static void write(Path file, DatasetVersion v) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling("." + file.getFileName() + ".part");
            Files.writeString(temp, new Gson().toJson(new Json(v.fingerprint, v.modified.toString())) + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
