package org.w3id.unld.serve;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The order in which a page lists values and documents: numbers in a symbol or an item compare as numbers. */
class ResourcePageTest {
    static List<String> sorted(String... values) {
        List<String> list = new ArrayList<>(List.of(values));
        list.sort(ResourcePage::naturalCompare);
        return list;
    }

    @Test
    void numbersInSymbolsCompareAsNumbers() {
        assertEquals(List.of("A/78/1", "A/78/2", "A/78/10", "A/78/12", "A/CONF.157/24"),
                sorted("A/78/12", "A/CONF.157/24", "A/78/10", "A/78/2", "A/78/1"));
        assertEquals(List.of("Agenda item 32", "Agenda item 71b", "Agenda item 71c", "Agenda item 132"),
                sorted("Agenda item 132", "Agenda item 71c", "Agenda item 32", "Agenda item 71b"));
    }

    @Test
    void leadingZerosDoNotCountAndLettersIgnoreCase() {
        assertEquals(0, ResourcePage.naturalCompare("S/RES/0084", "S/RES/84"));
        assertEquals(0, ResourcePage.naturalCompare("item 0", "item 00"));
        assertEquals(List.of("S/RES/0083", "s/res/84", "S/RES/0085"), sorted("S/RES/0085", "s/res/84", "S/RES/0083"));
    }
}
