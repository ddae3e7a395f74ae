package org.w3id.unld.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.testing.TestResources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaledCorpusTest {
    @Test
    void theSameArgumentsGiveTheSameFiles(@TempDir Path a, @TempDir Path b) throws Exception {
        int n = ScaledCorpus.sources(TestResources.CORPUS).size() + 5;
        List<Path> first = ScaledCorpus.write(TestResources.CORPUS, a, n);
        List<Path> second = ScaledCorpus.write(TestResources.CORPUS, b, n);
        assertEquals(n, first.size());
        for (int i = 0; i < n; i++) {
            assertEquals(first.get(i).getFileName(), second.get(i).getFileName());
            assertEquals(Files.readString(first.get(i)), Files.readString(second.get(i)));
        }
    }

    @Test
    void aCopyGetsItsOwnSymbolAndMovedDates() {
        assertEquals("S/RES/102331 (2016)", ScaledCorpus.raise("S/RES/2331 (2016)", 1));
        assertEquals("A/79/200735", ScaledCorpus.raise("A/79/735", 2));
        assertEquals("Letter dated 27 December 2022", ScaledCorpus.moveDates("Letter dated 27 December 2024", 2));
        assertEquals("28 February 2023", ScaledCorpus.moveDates("29 February 2024", 1));
        assertEquals("Agenda items 35 and 12", ScaledCorpus.moveAgendaItems("Agenda items 32 and 12", 3));
    }

    @Test
    void copiesDifferFromTheirSource(@TempDir Path target) throws Exception {
        int sources = ScaledCorpus.sources(TestResources.CORPUS).size();
        List<Path> files = ScaledCorpus.write(TestResources.CORPUS, target, sources + 1);
        assertNotEquals(Files.readString(files.get(0)), Files.readString(files.get(sources)));
        assertTrue(files.get(sources).getFileName().toString().startsWith(String.format("%07d_", sources)));
    }
}
