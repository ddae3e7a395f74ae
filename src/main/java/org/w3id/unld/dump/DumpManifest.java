package org.w3id.unld.dump;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A dump set as written: the folder, the dataset's modification date (which the data files' names carry),
 * every file with its size and checksum, and the figures counted from the store.
 */
public record DumpManifest(Path folder, LocalDate modified, List<DumpFile> files, DatasetFigures figures) {
    public DumpManifest {
        files = List.copyOf(files);
    }

    /** The first file of a kind (there is one of each kind but {@link DumpFile.Kind#LINKSET}). */
    public Optional<DumpFile> file(DumpFile.Kind kind) {
        return files.stream().filter(f -> f.kind() == kind).findFirst();
    }

    public Path path(DumpFile file) {
        return folder.resolve(file.name());
    }
}
