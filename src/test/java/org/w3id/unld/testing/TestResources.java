package org.w3id.unld.testing;

import java.nio.file.Path;

/** Documents the tests carry in src/test/resources (each folder's README says where they come from), so they need no ../shared. */
public final class TestResources {
    /**
     * A presidential statement of the Human Rights Council whose masthead prints "Agenda item 5" but no
     * session (src/test/resources/store/README.md): stored with one warning.
     */
    public static final Path AGENDA_ITEM_WITHOUT_SESSION = Path.of("src", "test", "resources", "store", "A_HRC_PRST_OS_14_2.txt");

    private TestResources() {
    }
}
