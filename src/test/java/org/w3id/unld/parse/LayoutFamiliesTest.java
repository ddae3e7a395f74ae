package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.unld.model.Addressee;
import org.w3id.unld.model.AgendaItem;
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
        assertEquals(List.of("QUESTION OF PALESTINE", "THE SITUATION IN THE MIDDLE EAST"), e.agendaItems().stream().map(i -> i.title()).toList());
        assertEquals(DocumentType.LETTER, e.documentType());
        assertEquals("Egypt", e.sender().country());
    }

    @Test
    void aScannedFrontPagesDebrisIsNoTitleAndTheHeadingAfterTheMastheadIs() throws Exception {
        Extraction e = extract("letter-fr-1981-scanned.txt");
        assertEquals(List.of("A/36/512"), e.symbols());
        assertEquals("General", e.distribution());
        assertEquals(LocalDate.of(1981, 10, 2), e.date());
        assertEquals("en", e.originalLanguage());
        assertEquals(List.of(new Session("General Assembly", 36, null)), e.sessions());
        assertEquals(DocumentType.LETTER, e.documentType());
        assertEquals("Lettre datée du 1er octobre 1981, adressée au Président de l'Assemblée générale par le représentant "
                + "permanent de la Hongrie auprès de l'Organisation des Nations Unies", e.title());
        assertEquals("Hongrie", e.sender().country());
        assertEquals(List.of(new Addressee("Président de l'Assemblée générale")), e.addressees());
    }

    @Test
    void anOrganNameSplitOverATypewriterMastheadsLeftColumnIsTheOrgan() throws Exception {
        Extraction e = extract("report-ecosoc-1981-columns.txt");
        assertEquals(List.of("E/CN.5/612"), e.symbols());
        assertEquals(List.of("Economic and Social Council"), e.organs());
        assertEquals("General", e.distribution());
        assertEquals(LocalDate.of(1981, 3, 2), e.date());
        assertEquals("en", e.originalLanguage());
        assertEquals(List.of(new Session("Commission for Social Development", 27, null)), e.sessions());
        assertEquals(List.of("5"), e.agendaItems().stream().map(i -> i.number()).toList());
        assertEquals(DocumentType.REPORT, e.documentType());
        assertEquals("DRAFT REPORT OF THE COMMISSION", e.title());
    }

    @Test
    void aCouncilsSpanishReportToTheAssemblyHasAnUntitledItemAndATitleBrokenOverBlankLines() throws Exception {
        Extraction e = new DocumentParser().parse(new SourceText("report.txt", "text/plain", "0".repeat(64), String.join("\n",
                "NACIONES UNIDAS", "Asamblea General Distr.", "GENERAL", "", "A/HRC/9/99", "3 de octubre de 2008", "", "ESPAÑOL",
                "Original: INGLÉS", "", "CONSEJO DE DERECHOS HUMANOS", "", "Noveno período de sesiones", "8 a 26 de septiembre de 2008",
                "Tema 1 de la agenda", "", "INFORME A LA ASAMBLEA GENERAL SOBRE EL NOVENO PERÍODO", "", "", "DE SESIONES DEL CONSEJO", "",
                "Relator: Sr. Ejemplo (Noruega)"))).extraction();
        assertEquals(List.of(new AgendaItem("Human Rights Council", 9, "1", null)), e.agendaItems());
        assertEquals(DocumentType.REPORT, e.documentType());
        assertEquals("INFORME A LA ASAMBLEA GENERAL SOBRE EL NOVENO PERÍODO DE SESIONES DEL CONSEJO", e.title());
    }

    @Test
    void anItemLineBrokenByTheTypewriterAndTheGeneralCommitteeOverATitleAreRead() throws Exception {
        Extraction letter = new DocumentParser().parse(new SourceText("letter.txt", "text/plain", "0".repeat(64), String.join("\n",
                "        General Assembly", "3 October 1986", "", "Forty-first session", "Items 12, 30 and 41 of the",
                "provisional agenda*", "", "Letter dated 2 October 1986 from the Permanent Representative", "of Exempleland to the United "
                        + "Nations addressed", "to the Secretary-General", "", "I have the honour to transmit the text."))).extraction();
        assertEquals(List.of("12", "30", "41"), letter.agendaItems().stream().map(AgendaItem::number).toList());
        assertEquals(DocumentType.LETTER, letter.documentType());
        Extraction memo = new DocumentParser().parse(new SourceText("memo.txt", "text/plain", "0".repeat(64), String.join("\n",
                "United Nations", "", "A/BUR/52/1", "", "General Assembly", "", "Distr. GENERAL", "", "10 September 1997", "",
                "General Assembly", "Fifty-second session", "GENERAL COMMITTEE", "", "ORGANIZATION OF THE FIFTY-SECOND REGULAR SESSION",
                "", "Memorandum by the Secretary-General", "", "I. INTRODUCTION"))).extraction();
        assertEquals(DocumentType.NOTE, memo.documentType());
        assertEquals("ORGANIZATION OF THE FIFTY-SECOND REGULAR SESSION", memo.title());
    }

    @Test
    void aDateOverTheOriginalsLineFieldsInBracketsAndDraftConclusionsAreRead() throws Exception {
        Extraction draft = new DocumentParser().parse(new SourceText("FCCC_SBI_2001_L.9.txt", "text/plain", "0".repeat(64),
                String.join("\n", "", "", "12 July 2001", "", "Original: ENGLISH", "", "Fourteenth session", "", "Bonn, 16-27 July 2001",
                        "", "Agenda item 4", "", "", "Draft conclusions by the Chairman", "", "1. The SBI took note of the report."))).extraction();
        assertEquals(LocalDate.of(2001, 7, 12), draft.date());
        assertEquals("en", draft.originalLanguage());
        assertEquals(List.of(new AgendaItem("Subsidiary Body for Implementation", 14, "4", null)), draft.agendaItems());
        assertEquals("Draft conclusions by the Chairman", draft.title());
        Extraction memo = new DocumentParser().parse(new SourceText("memo.txt", "text/plain", "0".repeat(64), String.join("\n",
                "A/BUR/53/1", "", "[Original : ANGLAIS] [10 septembre 1998]", "Cinquante-troisième session", "",
                "ORGANISATION DE LA SESSION", "", "1. Introduction"))).extraction();
        assertEquals(LocalDate.of(1998, 9, 10), memo.date());
        assertEquals("en", memo.originalLanguage());
    }

    @Test
    void aSubsidiaryBodysSessionIsTheBodysAndTheOrgansAreTheOrganSlots() throws Exception {
        Extraction copuos = extract("report-copuos.txt");
        assertEquals(List.of("General Assembly"), copuos.organs());
        assertEquals(List.of(new Session("Committee on the Peaceful Uses of Outer Space", 68, null)), copuos.sessions());
        assertEquals("Committee on the Peaceful Uses of Outer Space", copuos.agendaItems().get(0).organ());
        assertEquals("General exchange of views", copuos.agendaItems().get(0).title());
        Extraction ece = extract("agenda-ece-wp29.txt");
        assertEquals(List.of("Economic and Social Council"), ece.organs());
        assertEquals(List.of(new Session("World Forum for Harmonization of Vehicle Regulations", 192, null)), ece.sessions());
        assertEquals("1", ece.agendaItems().get(0).number());
        assertEquals(192, ece.agendaItems().get(0).session());
        assertEquals("Adoption of the agenda", ece.agendaItems().get(0).title());
        assertEquals(DocumentType.AGENDA, ece.documentType());
        assertEquals("Annotated provisional agenda for the 192nd session", ece.title());
    }

    @Test
    void aFrenchDraftAndASpanishResolutionGiveTypeTitleSponsorsAndAgendaItem() throws Exception {
        Extraction draft = extract("draft-fr.txt");
        assertEquals(DocumentType.DRAFT_RESOLUTION, draft.documentType());
        assertEquals("Limited", draft.distribution());
        assertEquals(List.of("Autriche", "Belgique", "Chili"), draft.sponsors());
        assertEquals("Violence à l’égard des travailleuses migrantes", draft.title());
        assertEquals("Promotion des femmes", draft.agendaItems().get(0).title());
        Extraction resolution = extract("resolution-es.txt");
        assertEquals(DocumentType.RESOLUTION, resolution.documentType());
        assertEquals("Participación del Estado de Palestina", resolution.title());
        assertEquals("122", resolution.agendaItems().get(0).number());
        assertEquals(null, resolution.agendaItems().get(0).title(), "a resolution's masthead prints no item title");
        assertEquals(List.of(), resolution.sponsors());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void aGeneralAssemblyMeetingRecordGivesItsMeetingAndTheItemItOpens(boolean oneLine) throws Exception {
        String text = Files.readString(Path.of("src", "test", "resources", "layouts", "record-ga-plenary.txt"), StandardCharsets.UTF_8);
        if (oneLine) {
            text = String.join(" ", text.split("\\s+"));
        }
        Extraction e = new DocumentParser().parse(new SourceText("record.txt", "text/plain", "0".repeat(64), text)).extraction();
        assertEquals(DocumentType.MEETING_RECORD, e.documentType());
        assertEquals("12th plenary meeting", e.title());
        assertEquals(LocalDate.of(2024, 9, 26), e.date());
        assertEquals(List.of(new Session("General Assembly", 79, null)), e.sessions());
        assertEquals(1, e.agendaItems().size());
        assertEquals("8", e.agendaItems().get(0).number());
        if (!oneLine) {
            // On one line, where the item's title ends ("General debate" / "Address by …") is not told by anything.
            assertEquals("General debate", e.agendaItems().get(0).title());
        }
        assertEquals("12", e.meeting().number());
        assertEquals("New York", e.meeting().place());
    }

    @ParameterizedTest
    @CsvSource({"Soixante-dix-neuvième,79", "soixante et onzième,71", "Quatre-vingtième,80", "quatre-vingt-unième,81",
            "Dix-septième,17", "Premier,1", "Septuagésimo noveno,79", "Octogésimo,80", "decimotercer,13", "Vigésimo primer,21",
            "Quincuagésimo quinto,55"})
    void frenchAndSpanishOrdinalsAreNumbers(String words, int number) {
        assertEquals(number, RomanceOrdinals.parse(words).orElse(-1), words);
    }
}
