package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.unld.model.Addressee;
import org.w3id.unld.model.DocumentType;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.Session;
import org.w3id.unld.model.SourceText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Mastheads in French and Spanish and in the 1990s typewriter layout give the same language-neutral facts as a
 * modern English one: organs, distribution and original language in English, dates as dates, sessions and agenda
 * items by number; titles, roles, names and countries as printed (EXTRACTION-CONVENTIONS, "Every layout, every language").
 */
class LayoutFamiliesTest {
    private static Extraction extract(String name) throws Exception {
        String text = Files.readString(Path.of("src", "test", "resources", "layouts", name), StandardCharsets.UTF_8);
        return new DocumentParser().parse(new SourceText(name, "text/plain", "0".repeat(64), text)).extraction();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "letter-fr.txt|Représentant permanent|Arménie|Secrétaire général|Élimination du racisme, de la discrimination raciale, de la xénophobie et de l’intolérance qui y est associée",
            "letter-es.txt|Representante Permanente|Armenia|Secretario General|Eliminación del racismo, la discriminación racial, la xenofobia y las formas conexas de intolerancia"})
    void aFrenchOrSpanishMastheadGivesLanguageNeutralValuesAndPrintedText(String file, String role, String country, String addressee,
                                                                           String itemTitle) throws Exception {
        Extraction e = extract(file);
        assertEquals(List.of("A/79/123"), e.symbols());
        assertEquals(List.of("General Assembly"), e.organs());
        assertEquals("General", e.distribution());
        assertEquals(LocalDate.of(2024, 3, 3), e.date());
        assertEquals("en", e.originalLanguage());
        assertEquals(List.of(new Session("General Assembly", 79, null)), e.sessions());
        assertEquals(1, e.agendaItems().size());
        assertEquals("68", e.agendaItems().get(0).number());
        assertEquals(79, e.agendaItems().get(0).session());
        assertEquals(itemTitle, e.agendaItems().get(0).title());
        assertEquals(DocumentType.LETTER, e.documentType());
        assertEquals("Mher Margaryan", e.sender().name());
        assertEquals(role, e.sender().role());
        assertEquals(country, e.sender().country());
        assertEquals(List.of(new Addressee(addressee)), e.addressees());
    }

    @Test
    void aNinetiesTypewriterMastheadIsRead() throws Exception {
        Extraction e = extract("letter-1994.txt");
        assertEquals(List.of("A/49/123"), e.symbols());
        assertEquals("General", e.distribution());
        assertEquals(LocalDate.of(1994, 3, 15), e.date());
        assertEquals("en", e.originalLanguage());
        assertEquals(List.of(new Session("General Assembly", 49, null)), e.sessions());
        assertEquals(List.of("38", "39"), e.agendaItems().stream().map(i -> i.number()).toList());
        assertEquals(DocumentType.LETTER, e.documentType());
        assertEquals("Egypt", e.sender().country());
    }

    @ParameterizedTest
    @CsvSource({"Soixante-dix-neuvième,79", "soixante et onzième,71", "Quatre-vingtième,80", "quatre-vingt-unième,81",
            "Dix-septième,17", "Premier,1", "Septuagésimo noveno,79", "Octogésimo,80", "decimotercer,13", "Vigésimo primer,21",
            "Quincuagésimo quinto,55"})
    void frenchAndSpanishOrdinalsAreNumbers(String words, int number) {
        assertEquals(number, RomanceOrdinals.parse(words).orElse(-1), words);
    }
}
