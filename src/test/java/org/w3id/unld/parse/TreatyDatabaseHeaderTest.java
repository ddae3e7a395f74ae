package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TreatyDatabaseHeaderTest {

    @Test
    void theDatabasesRecordOverADocumentWithoutMastheadGivesItsSymbolAndDateAsAMastheadPrintsThem() {
        String page = String.join("\n", "Comunicación Nº 746/1997 : Chile. 04/08/99.", "CCPR/C/66/D/746/1997. (Jurisprudence)", "",
                "Convention Abbreviation: CCPR", "Comité de Derechos Humanos", "66º período de sesiones");
        assertEquals(String.join("\n", "CCPR/C/66/D/746/1997", "4 August 1999", "", "Comité de Derechos Humanos", "66º período de sesiones"),
                TreatyDatabaseHeader.restore(page));
    }

    @Test
    void underAMastheadThatPrintsTheSymbolTheRecordIsOnlyTakenOut() {
        String page = String.join("\n", "Distr.", "GENERALE", "CERD/C/SR.1370", "31 janvier 2000", "Original: FRANCAIS",
                "Compte rendu analytique de la 1370ème séance : Guinea. 31/01/2000.", "CERD/C/SR.1370. (Summary Record)", "",
                "Convention Abbreviation: CERD", "COMITÉ POUR L'ÉLIMINATION DE LA DISCRIMINATION RACIALE");
        assertEquals(String.join("\n", "Distr.", "GENERALE", "CERD/C/SR.1370", "31 janvier 2000", "Original: FRANCAIS", "",
                "COMITÉ POUR L'ÉLIMINATION DE LA DISCRIMINATION RACIALE"), TreatyDatabaseHeader.restore(page));
    }

    @Test
    void aTextWithoutTheRecordIsUnchanged() {
        String text = "Letter dated 1 May 2020. (Reissued)\nA/75/1. (Summary)";
        assertEquals(text, TreatyDatabaseHeader.restore(text));
    }
}
