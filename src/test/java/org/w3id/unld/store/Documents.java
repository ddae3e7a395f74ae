package org.w3id.unld.store;

import java.nio.file.Path;

/** Documents of src/test/resources/store (see its README), for tests that need no ../shared. */
final class Documents {
    /** A presidential statement whose masthead prints "Agenda item 5" but no session. */
    static final Path AGENDA_ITEM_WITHOUT_SESSION = Path.of("src", "test", "resources", "store", "A_HRC_PRST_OS_14_2.txt");

    private Documents() {
    }
}
