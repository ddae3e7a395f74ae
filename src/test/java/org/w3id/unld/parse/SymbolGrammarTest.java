package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.w3id.unld.model.RelatedDocument;
import org.w3id.unld.reference.UnBodies;
import org.w3id.unld.reference.UnBody;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SymbolGrammarTest {

    @Test
    void aJointSymbolGivesBothSymbolsInOrder() {
        assertEquals(List.of("A/67/824", "S/2013/211"), SymbolGrammar.symbolsIn("A/67/824–S/2013/211"));
        assertEquals(List.of("A/65/695", "S/2011/31"), SymbolGrammar.symbolsIn("A/65/695-S/2011/31"));
    }

    @Test
    void everySeriesOfTheTableOfUnBodiesIsASeriesOfTheGrammar() {
        for (UnBody b : UnBodies.standard().all()) {
            for (String series : b.series()) {
                assertTrue(SymbolGrammar.isSymbol(series + "1/1"), series + " (" + b.key() + ")");
            }
        }
        assertTrue(SymbolGrammar.isSymbol("LC/G.2700"), "ECLAC's LC/ series, from the table");
        assertTrue(SymbolGrammar.isSymbol("ISBA/21/C/20"), "a series of an issuer outside the table");
    }

    @Test
    void aTreatyBodysViewsKeepTheirOneLetterElementInAFileName() {
        assertEquals(List.of("CCPR/C/66/D/746/1997"), SymbolGrammar.fromFileName("CCPR_C_66_D_746_1997.txt"));
        assertEquals(List.of("A/45/913", "S/22048"), SymbolGrammar.fromFileName("A_45_913_S_22048.txt"));
    }

    @Test
    void aScansLetterLForTheDigitOneInASymbolsNumberIsReadAsOne() {
        assertEquals("E/CN.11/593", SymbolGrammar.normalize("E/CN.l1/593"));
        assertEquals("E/CN.11/407", SymbolGrammar.normalize("E/CN.ll/407"), "two ones a scan read as two l");
        assertEquals("E/ECA/TPCW.7/L.1", SymbolGrammar.normalize("E/ECA/TPCW.7/L.l"));
        assertEquals("A/43/26/Add.1/Corr.1", SymbolGrammar.normalize("A/43/26/Add.l/Corr.l"));
        // Not in a word: the "l" of "Suppl" stays, the scanned one after it does not.
        assertEquals("A/49/Suppl.1", SymbolGrammar.normalize("A/49/Suppl.l"));
    }

    @Test
    void mastheadSymbolsKeepTheirSuffixesAndLoseTheReissueAsterisk() {
        assertEquals(List.of("A/80/L.10/Rev.1"), SymbolGrammar.symbolsIn("United Nations A/80/L.10/Rev.1"));
        assertEquals(List.of("S/PV.8699 (Resumption 1)"), SymbolGrammar.symbolsIn("United Nations S/PV.8699 (Resumption 1)"));
        assertEquals(List.of("A/C.3/80/L.12"), SymbolGrammar.symbolsIn("A/C.3/80/L.12"));
        assertEquals(List.of("S/RES/2331 (2016)"), SymbolGrammar.symbolsIn("S/RES/2331 (2016)"));
        assertEquals(List.of("S/1996/479"), SymbolGrammar.symbolsIn("S/1996/479*"));
        assertEquals(List.of("A/ES-10/L.30"), SymbolGrammar.symbolsIn("A/ES-10/L.30"));
        assertEquals(List.of("E/CN.9/2000/1"), SymbolGrammar.symbolsIn("United Nations E/CN.9/2000/1"));
        assertEquals(List.of("ICCD/CRIC(13)/1"), SymbolGrammar.symbolsIn("ICCD/CRIC(13)/1"), "a body's session inside the symbol");
        assertEquals(List.of("TD/B(S-XXIII)/1"), SymbolGrammar.symbolsIn("TD/B(S-XXIII)/1"), "a special session inside the symbol");
        assertEquals(List.of("TD/B(S-XXIII)/1"), SymbolGrammar.symbolsIn("Distr. GENERAL TD/B(S -XXIII)/1 10 April 2006"), "as a copy spaced it");
        assertEquals(List.of("S/RES/2331 (2016)"), SymbolGrammar.symbolsIn("S/RES/2331(2016)"), "the year after it stands apart");
    }

    @Test
    void wordsWithSlashesAreNoSymbols() {
        assertTrue(SymbolGrammar.symbolsIn("and/or the Council").isEmpty());
        assertFalse(SymbolGrammar.isSymbol("A/B"));
    }

    @Test
    void fileNamesEncodeSymbolsWithUnderscoresForSlashes() {
        assertEquals(List.of("A/73/716"), SymbolGrammar.fromFileName("A_73_716.txt"));
        assertEquals(List.of("S/RES/2331 (2016)"), SymbolGrammar.fromFileName("S_RES_2331(2016).txt"));
        assertEquals(List.of("A/RES/73/3"), SymbolGrammar.fromFileName("A_RES_73_3-EN.pdf"));
        assertEquals(List.of("S/PV.8698"), SymbolGrammar.fromFileName("S_PV.8698_E.pdf"));
        assertEquals(List.of("S/PV.8699 (Resumption 1)"), SymbolGrammar.fromFileName("S_PV.8699(Resumption1)_E.pdf"));
        assertEquals(List.of("E/RES/2012/30"), SymbolGrammar.fromFileName("E_RES_2012_30.txt"));
        assertEquals(List.of("A/HRC/RES/36/18"), SymbolGrammar.fromFileName("A_HRC_RES_36_18.txt"));
        assertEquals(List.of("A/RES/1395 (XIV)"), SymbolGrammar.fromFileName("A_RES_1395(XIV).txt"));
        assertEquals(List.of("A/520/Rev.20"), SymbolGrammar.fromFileName("A_520_REV.20.txt"));
        // A series and a year followed by words is a descriptive name, not a symbol; a principal organ's stays one.
        assertEquals(List.of(), SymbolGrammar.fromFileName("UNHCR_1966_Protocol_measures_Corrigendum_2.txt"));
        assertEquals(List.of("A/3191"), SymbolGrammar.fromFileName("A_3191.txt"));
        // A body's elements after a number go on with the symbol; a joint document's hyphen separates two.
        assertEquals(List.of("E/CN.12/AC.61/14"), SymbolGrammar.fromFileName("E_CN.12_AC.61_14.txt"));
        assertEquals(List.of("E/CN.6/NGO/273"), SymbolGrammar.fromFileName("E_CN.6_NGO_273.txt"));
        assertEquals(List.of("A/C.3/38/SR.57"), SymbolGrammar.fromFileName("A_C.3_38_SR.57.txt"));
        assertEquals(List.of("E/1992/30", "E/CN.15/1992/7"), SymbolGrammar.fromFileName("E_1992_30-E_CN.15_1992_7.txt"));
        assertEquals(List.of("E/1994/34/Rev.1", "E/ICEF/1994/13/Rev.1"), SymbolGrammar.fromFileName("E_1994_34_Rev.1-E_ICEF_1994_13_Rev.1.txt"));
        assertEquals(List.of("A/45/913", "S/22048"), SymbolGrammar.fromFileName("A_45_913-S_22048.txt"));
        assertEquals(List.of("ECE/NICOSIA.CONF/2022/2/Add.2"), SymbolGrammar.fromFileName("ECE_NICOSIA._CONF_2022_2_Add.2.txt"));
        // Words, quotes and copy numbers that people and browsers add to a name are not part of the symbol.
        assertEquals(List.of("S/RES/2331 (2016)"), SymbolGrammar.fromFileName("S_RES_2331(2016) \"copy\" 'of' it.txt"));
        assertEquals(List.of("A/73/716"), SymbolGrammar.fromFileName("A_73_716 (1).txt"));
        assertEquals(List.of("S/PV.8699 (Resumption 1)"), SymbolGrammar.fromFileName("S_PV.8699 (Resumption 1).pdf"));
        assertEquals(List.of("S/RES/2331 (2016)"), SymbolGrammar.fromFileName("S_RES_2331 (2016).txt"));
    }

    @Test
    void securityCouncilResolutionFilesGiveNumberAndYearWithoutLeadingZeros() {
        assertEquals(List.of("S/RES/84 (1950)"), SymbolGrammar.fromFileName("S_RES_0084_1950_EN_GOLD.txt"));
    }

    @Test
    void missionNamesAroundTheSymbolAreNotPartOfIt() {
        assertEquals(List.of("S/1997/432"), SymbolGrammar.fromFileName("MINUGUA_S_1997_432.pdf"));
        assertEquals(List.of("S/2000/738"), SymbolGrammar.fromFileName("S_2000_738_UNTAET.md"));
        assertEquals(List.of("A/51/695", "S/1996/998"), SymbolGrammar.fromFileName("MINUNGUA_A_51_695_S_1996_998.pdf"));
        assertEquals(List.of("S/1996/502/Add.1"), SymbolGrammar.fromFileName("UNMOP_S_1996_502_Add.1.pdf"));
    }

    @Test
    void aFileNameWithoutSymbolGivesNone() {
        assertTrue(SymbolGrammar.fromFileName("000_2d414ff8111b79ff.txt").isEmpty());
        assertTrue(SymbolGrammar.fromFileName("notes.txt").isEmpty());
    }

    @Test
    void aFileNameWithWordsBesidesItsSymbolsIsTold() {
        assertTrue(SymbolGrammar.fileNameHasMoreThanSymbols("A_79_733 (draft copy).txt"));
        assertTrue(SymbolGrammar.fileNameHasMoreThanSymbols("A_73_716 copy.txt"));
        assertTrue(SymbolGrammar.fileNameHasMoreThanSymbols("A_73_716 (1).txt"));
        assertFalse(SymbolGrammar.fileNameHasMoreThanSymbols("A_79_733.txt"));
        assertFalse(SymbolGrammar.fileNameHasMoreThanSymbols("S_RES_2331(2016).txt"));
        assertFalse(SymbolGrammar.fileNameHasMoreThanSymbols("S_PV.8699 (Resumption 1).pdf"));
    }

    @Test
    void aRevisionAnAddendumOrACorrigendumSymbolNamesTheDocumentItRevisesAddsToOrCorrects() {
        assertEquals(List.of(new RelatedDocument(RelatedDocument.Relation.REVISION_OF, "A/80/L.10")),
                SymbolGrammar.relatedDocuments(List.of("A/80/L.10/Rev.1")));
        assertEquals(List.of(new RelatedDocument(RelatedDocument.Relation.ADDENDUM_TO, "S/1996/502")),
                SymbolGrammar.relatedDocuments(List.of("S/1996/502/Add.1")));
        assertEquals(List.of(new RelatedDocument(RelatedDocument.Relation.CORRIGENDUM_TO, "A/520/Rev.9")),
                SymbolGrammar.relatedDocuments(List.of("A/520/Rev.9/Corr.1")), "the last element only");
        assertEquals(List.of(new RelatedDocument(RelatedDocument.Relation.ADDENDUM_TO, "A/79/1"),
                        new RelatedDocument(RelatedDocument.Relation.ADDENDUM_TO, "S/2024/1")),
                SymbolGrammar.relatedDocuments(List.of("A/79/1/Add.2", "S/2024/1/Add.2")), "each symbol of a joint document");
    }

    @Test
    void aPlainSymbolOrOneWhoseBaseIsTheDocumentItselfNamesNoOtherDocument() {
        assertEquals(List.of(), SymbolGrammar.relatedDocuments(List.of("A/79/704", "S/RES/2331 (2016)")));
        assertEquals(List.of(new RelatedDocument(RelatedDocument.Relation.REVISION_OF, "A/520")),
                SymbolGrammar.relatedDocuments(List.of("A/520/Rev.9", "A/520/Rev.9/Corr.1")),
                "a document named A/520/Rev.9 is no corrigendum of itself");
        assertEquals(List.of(), SymbolGrammar.relatedDocuments(List.of()));
    }

    @Test
    void aMeetingRecordsSymbolSaysWhetherItIsVerbatimOrSummary() {
        org.junit.jupiter.api.Assertions.assertTrue(SymbolGrammar.isMeetingRecord("S/PV.8698"));
        org.junit.jupiter.api.Assertions.assertTrue(SymbolGrammar.isMeetingRecord("CAT/C/SR.835/Add.1"));
        org.junit.jupiter.api.Assertions.assertFalse(SymbolGrammar.isSummaryRecord("S/PV.8698"));
        org.junit.jupiter.api.Assertions.assertTrue(SymbolGrammar.isSummaryRecord("A/C.3/38/SR.57"));
        org.junit.jupiter.api.Assertions.assertFalse(SymbolGrammar.isMeetingRecord("A/80/L.10"));
    }

    @Test
    void aSymbolAsAScanReadItHasTheKeyOfTheSymbol() {
        assertEquals(SymbolGrammar.scannedKey("S/PV.1537"), SymbolGrammar.scannedKey("SlPV.1537"));
        assertEquals(SymbolGrammar.scannedKey("A/38/PV.101"), SymbolGrammar.scannedKey("A/38/PV.IOl"));
        assertEquals(SymbolGrammar.scannedKey("S/22464"), SymbolGrammar.scannedKey("5122464"));
        assertNotEquals(SymbolGrammar.scannedKey("A/38/PV.101"), SymbolGrammar.scannedKey("A/38/PV.102"));
    }

    @Test
    void aRegionalCommissionsRecordKeepsItsSessionGluedToItsNumber() {
        assertEquals(java.util.List.of("E/CN.14/SR.125(VII)"), SymbolGrammar.fromFileName("E_CN.14_SR.125(VII).txt"));
        assertEquals(java.util.List.of("E/CN.14/C.1/SR.17(VI)"), SymbolGrammar.fromFileName("E_CN.14_C.1_SR.17(VI).txt"));
        assertEquals(java.util.List.of("E/CN.14/INF/72"), SymbolGrammar.fromFileName("E_CN.14_INF_72.txt"));
        // A resolution's session stands apart.
        assertEquals("A/RES/735 (VIII)", SymbolGrammar.normalize("A/RES/735(VIII)"));
        assertEquals("E/CN.14/SR.125(VII)", SymbolGrammar.normalize("E/CN.14/SR.125(VII)"));
    }
}
