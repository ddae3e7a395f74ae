package org.w3id.unld.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a rejected or accepted file is named in a report: one line, shown as it is named. */
class OutcomeTest {
    @Test
    void aFileNameCannotBreakOrReorderTheReportsLines() {
        Outcome.Rejected forged = new Outcome.Rejected(Path.of("in/a.txt\n  rejected other.txt: forged"), "empty file: no text", 0);
        assertEquals("in/a.txt\\u{000A}  rejected other.txt: forged: empty file: no text", forged.describe());
        Outcome.Rejected reversed = new Outcome.Rejected(Path.of("in/report\u202Etxt.exe"), "binary", 3);
        assertEquals("in/report\\u{202E}txt.exe:3: binary", reversed.describe());
    }

    @Test
    void anOrdinaryFileNameIsShownAsItIs() {
        assertEquals("in/A_79_704 (1).txt: why", new Outcome.Rejected(Path.of("in/A_79_704 (1).txt"), "why", 0).describe());
    }
}
