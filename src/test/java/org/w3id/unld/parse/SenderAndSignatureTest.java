package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.w3id.unld.model.Addressee;
import org.w3id.unld.model.Agent;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SenderAndSignatureTest {

    @Test
    void roleAndCountryComeFromTheFromPhrase() {
        assertArrayEquals(new String[]{"Permanent Representative", "Azerbaijan"},
                SenderParser.roleAndCountry("the Permanent Representative of Azerbaijan to the United Nations"));
        assertArrayEquals(new String[]{"Chargé d'affaires a.i.", "Cyprus"},
                SenderParser.roleAndCountry("the Chargé d'affaires a.i. of the Permanent Mission of Cyprus to the United Nations"));
        assertArrayEquals(new String[]{"Secretary-General", null}, SenderParser.roleAndCountry("the Secretary-General"));
        assertArrayEquals(new String[]{"Executive Chairman of the Special Commission established by the Secretary-General", null},
                SenderParser.roleAndCountry("the Executive Chairman of the Special Commission established by the Secretary-General"),
                "a post in a body is no State's");
        assertArrayEquals(new String[]{"President of the Security Council", null},
                SenderParser.roleAndCountry("the President of the Security Council"));
        assertArrayEquals(new String[]{"Permanent Representative", "United Kingdom of Great Britain and Northern Ireland"},
                SenderParser.roleAndCountry("the Permanent Representative of the United Kingdom of Great Britain and Northern Ireland "
                        + "to the United Nations"));
        // "… from the Permanent Representative of Tunisia to the United Nations Office at Geneva, addressed to …"
        // A copy that cut the title after "addressed to the" names no addressee.
        assertEquals(List.of(), SenderParser.parse("Letter dated 28 July 1997 from the Permanent Representative of Nicaragua to the "
                + "United Nations addressed to the").addressees());
        assertArrayEquals(new String[]{"Permanent Representative", "Tunisia"},
                SenderParser.roleAndCountry("the Permanent Representative of Tunisia to the United Nations Office at Geneva,"));
    }

    @Test
    void identicalLettersHaveOneAddresseePerRecipient() {
        SenderParser.FromTo f = SenderParser.parse("Identical letters dated 19 January 2016 from the Permanent Representative of "
                + "Colombia to the United Nations addressed to the Secretary-General and the President of the Security Council");
        assertEquals(List.of(new Addressee("Secretary-General"), new Addressee("President of the Security Council")), f.addressees());
        assertEquals("Colombia", f.country());
    }

    @Test
    void anAddresseeNamedWithAndIsOneAddressee() {
        assertEquals(List.of(new Addressee("President of the Economic and Social Council")),
                SenderParser.addressees("the President of the Economic and Social Council"));
    }

    @Test
    void aTitleInCapitalsGivesRolesInTheirUsualCase() {
        SenderParser.FromTo f = SenderParser.parse("LETTER DATED 17 MARCH 1997 FROM THE SECRETARY-GENERAL ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL");
        assertEquals("Secretary-General", f.role());
        assertEquals(List.of(new Addressee("President of the Security Council")), f.addressees());
    }

    @Test
    void aLetterFromToWithoutAddressedStillHasBoth() {
        SenderParser.FromTo f = SenderParser.parse("Letter dated 7 May 2007 from the Secretary-General to the President of the Security Council");
        assertEquals("Secretary-General", f.role());
        assertEquals(List.of(new Addressee("President of the Security Council")), f.addressees());
    }

    @Test
    void aSignatureBlockHasNameRankAndRole() {
        TextLines lines = TextLines.of(String.join("\n", "I should be grateful …", "", "(Signed) Tofiq **Musayev**", "Ambassador",
                "Permanent Representative", "", "", "", "Annex to the letter dated …"));
        List<SignatureParser.Signature> s = SignatureParser.parse(lines, 0);
        assertEquals(List.of(new Agent("Tofiq Musayev", "Ambassador", "Permanent Representative", null)),
                s.stream().map(SignatureParser.Signature::agent).toList());
    }

    @Test
    void wordDerivedBlocksHaveBlankLinesAndARoleWithItsCountry() {
        TextLines lines = TextLines.of(String.join("\n", "(Signed) Nicolas de Rivière", "", "Ambassador", "",
                "Permanent Representative of France to the United Nations", "", "(Signed) Linda Thomas-Greenfield", "", "Ambassador", "",
                "Representative of the United States to the United Nations", "", "Annex to the letter dated 29 November 2024"));
        List<SignatureParser.Signature> s = SignatureParser.parse(lines, 0);
        assertEquals(2, s.size());
        assertEquals(new Agent("Nicolas de Rivière", "Ambassador", "Permanent Representative", "France"), s.get(0).agent());
        assertEquals("United States", s.get(1).agent().country());
    }

    @Test
    void aRankAndARoleOnOneLineAreTitleAndRole() {
        Agent a = SignatureParser.parse(TextLines.of("(Signed) Sergiy Kyslytsya\nAmbassador, Permanent Representative of Ukraine"
                + " to the United Nations"), 0).get(0).agent();
        assertEquals(new Agent("Sergiy Kyslytsya", "Ambassador", "Permanent Representative", "Ukraine"), a);
    }

    @Test
    void aSecretaryGeneralsSignatureHasNoRankLine() {
        Agent a = SignatureParser.parse(TextLines.of("(Signed)  Kofi A. ANNAN\n-----"), 0).get(0).agent();
        assertEquals("Kofi A. ANNAN", a.name());
        assertNull(a.title());
        assertNull(a.role());
    }

    @Test
    void aSpanishOrFrenchPostOfAMissionGivesThePostAndTheMissionsState() {
        SenderParser.FromTo es = SenderParser.parse("Carta de fecha 10 de agosto de 2007 dirigida al Presidente del Comité por el "
                + "Ministro Consejero de Asuntos del País Anfitrión de la Misión de los Estados Unidos ante las Naciones Unidas");
        assertEquals("Ministro Consejero de Asuntos del País Anfitrión", es.role());
        assertEquals("Estados Unidos", es.country());
        SenderParser.FromTo fr = SenderParser.parse("Lettre datée du 2 mai 2007, adressée au Secrétaire général par le Conseiller "
                + "de la Mission permanente de la France auprès de l'Organisation des Nations Unies");
        assertEquals("Conseiller", fr.role());
        assertEquals("France", fr.country());
    }
}
