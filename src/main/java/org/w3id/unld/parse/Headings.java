package org.w3id.unld.parse;

import java.util.regex.Pattern;

/**
 * Lines that open a document's own heading or body, recognised by their first words: where the
 * masthead's agenda titles end and where a title ends.
 */
final class Headings {
    /** The words that open a communication's heading, in English, French and Spanish (use case-insensitively). */
    static final String IDENTICAL_LETTERS_WORDS = "identical\\s+letters?|lettres\\s+identiques|cartas\\s+id[ée]nticas";
    // "Not.a verbal": a scan's stop inside "Nota".
    static final String NOTE_VERBALE_WORDS = "note\\s+verbale|not\\.?a\\s+verbal";
    static final String LETTER_WORDS = "(?:joint\\s+)?letters?|lettres?|cartas?";
    /** "dated", "datée du", "de fecha": what follows the communication's word in its heading. */
    // "datée due": a scan's misread "du".
    static final String DATED_WORDS = "dated|dat[ée]es?\\s+due?|de\\s+fecha";
    /** A communication's heading: "Letter dated", "Identical letters dated", "Note verbale datée du", "Carta de fecha". */
    static final String COMMUNICATION_DATED = "(?:" + IDENTICAL_LETTERS_WORDS + "|" + NOTE_VERBALE_WORDS + "|" + LETTER_WORDS + ")\\s+(?:"
            + DATED_WORDS + ")\\b";
    /**
     * The first words of a letter's or a note's body, in English, French and Spanish: where a heading has ended
     * (use case-insensitively).
     */
    static final String BODY_OPENING = "(?:I|We)\\s+have\\s+the\\s+honour|Tengo\\s+el\\s+honor|J[’']ai\\s+l[’']honneur"
            + "|La\\s+Misi[óo]n\\s+Permanente\\b|La\\s+Mission\\s+permanente\\b|I\\s+write|I\\s+am\\s+writing|Upon\\s+instructions?"
            + "|On\\s+instructions?\\s+from|Further\\s+to|With\\s+reference"
            // "Upon instructions from my Government" in Spanish and French.
            + "|Siguiendo\\s+(?:las\\s+)?instrucciones|Por\\s+instrucciones|Conforme\\s+a\\s+(?:las\\s+)?instrucciones"
            + "|D[’']ordre\\s+de\\s+mon\\s+Gouvernement|Sur\\s+(?:les\\s+)?instructions\\s+de";

    /**
     * A note verbale's opening that names who sends it and to whom, in English, French and Spanish: "The Office for
     * Disarmament Affairs presents its compliments to the Permanent Missions of Member States … and has the honour",
     * "La Oficina de Asuntos de Desarme saluda atentamente a las Misiones Permanentes … y tiene el honor". Groups: from, to.
     */
    static final Pattern COMPLIMENTS = Pattern.compile(
            "\\b(?:The|La|El|Le|L['’])\\s*(?<from>\\p{Lu}[^.;:]{3,120}?)\\s+(?:presents\\s+(?:its|his|her)\\s+compliments\\s+to\\s+(?:the\\s+)?"
                    + "|saluda\\s+atentamente\\s+(?:a\\s+(?:la|las|los)\\s+|al\\s+|a\\s+)|présente\\s+ses\\s+compliments\\s+(?:à\\s+la\\s+|à\\s+l['’]|aux\\s+|au\\s+|à\\s+))"
                    + "(?<to>\\p{Lu}[^.;:]{3,160}?)\\s+(?:and\\s+(?:has|would|wishes|is)|y\\s+(?:tiene|desea)|et\\s+(?:a|tient|souhaite))\\b");

    /** A body written in the first person, or a salutation: how a letter that prints no heading opens. */
    static final Pattern FIRST_PERSON_OPENING = Pattern.compile("^(?:" + BODY_OPENING + "|(?:As\\s+)?I\\s|We\\s|Je\\s|J[’']|Tengo\\s"
            + "|(?:Sir|Madam|Excellency|Monsieur|Madame|Señor|Señora)\\s*[,:])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "Report of the First Committee", "Rapport de la Troisième Commission", "Informe de la Sexta Comisión". */
    private static final String MAIN_COMMITTEE_REPORT_WORDS = "(?:(?:Informe\\s+de\\s+la|Rapport\\s+de\\s+la)\\s+(?:Primera|Segunda|Tercera|Cuarta|Quinta|Sexta"
            + "|Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième)\\s+Comisi[óo]n|Report\\s+of\\s+the\\s+(?:First|Second|Third|Fourth|Fifth|Sixth)\\s+Committee)\\b";
    /**
     * A Main Committee's report to the Assembly, whose heading names only the committee: the report is titled by the
     * agenda item it reports on, printed above it ("General and complete disarmament" / "Report of the First Committee").
     */
    static final Pattern MAIN_COMMITTEE_REPORT = Pattern.compile("^" + MAIN_COMMITTEE_REPORT_WORDS + "\\s*\\**$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The emblem's words, in English, French and Spanish (match them case-insensitively where capitals are printed). */
    static final String UN_WORDS = "(?:United\\s+Nations|Nations\\s+Unies|Naciones\\s+Unidas)";

    /** A document's own heading: letters, notes, resolutions, drafts, statements, agendas. */
    static final Pattern DOCUMENT_HEADING = Pattern.compile(
            "^(?:" + COMMUNICATION_DATED + "|(?:" + NOTE_VERBALE_WORDS + ")\\b|Letter\\s+from\\b|Joint\\s+letter\\b"
                    // "Resolution adopted by …", in capitals too ("RÉSOLUTION ADOPTÉE PAR L'ASSEMBLÉE GÉNÉRALE").
                    + "|(?iu:resolutions?\\s+adopted\\s+by|decisions?\\s+adopted\\s+by|r[ée]solution\\s+adopt[ée]e\\s+par"
                    + "|d[ée]cision\\s+adopt[ée]e\\s+par|resoluci[óo]n\\s+aprobada\\s+por|decisi[óo]n\\s+(?:aprobada|adoptada)\\s+por)\\b"
                    + "|Draft\\s+report\\b"
                    // A climate convention body's draft: "Draft conclusions proposed by the Chair".
                    + "|Draft\\s+conclusions\\b|Projet\\s+de\\s+conclusions\\b|Proyecto\\s+de\\s+conclusiones\\b"
                    // A council's report to the Assembly: "INFORME A LA ASAMBLEA GENERAL SOBRE …", "Report to the General Assembly on …".
                    + "|(?:Report\\s+to\\s+the|Informe\\s+a\\s+la|Rapport\\s+[àa]\\s+l[’'])\\s*(?:General\\s+Assembly|Asamblea\\s+General|Assembl[ée]e\\s+g[ée]n[ée]rale)\\b"
                    + "|Projet\\s+de\\s+(?:r[ée]solution|d[ée]cision)\\b|Proyecto\\s+de\\s+(?:resoluci[óo]n|decisi[óo]n)\\b"
                    + "|(?:Rapport|Note)\\s+du\\s+Secr[ée]taire\\s+g[ée]n[ée]ral\\b|(?:Informe|Nota)\\s+del\\s+Secretario\\s+General\\b"
                    + "|" + MAIN_COMMITTEE_REPORT_WORDS + "|Resolutions?\\s+\\d|Decision\\s+\\d"
                    + "|\\[(?:on\\s+the|without|on\\s+a|sur\\s+(?:le|la)|sans|sobre\\s+la|sin)\\b|Draft\\s+(?:resolution|decision)\\b|Revised\\s+draft\\s+(?:resolution|decision)\\b"
                    + "|Statement\\s+by\\s+the\\s+President\\b|President[’']s\\s+statement\\b|PRST\\s"
                    + "|(?:Report|Note|Letter)\\s+(?:of|by)\\s+the\\s+Secretary-General\\s*\\**$|Note\\s+by\\s+the\\s+(?:President|Secretariat|Secretary-General)\\b"
                    + "|(?:Annotated\\s+)?(?:provisional|preliminary)\\s+agenda\\s*\\**$|Provisional\\s+agenda\\s+for\\b"
                    + "|(?:Table\\s+of\\s+)?Contents(?:$|\\s+(?:Number|Paragraphs|Page|Chapter)\\b)|Annotations$|Introduction$|Summary$"
                    + "|Ordre\\s+du\\s+jour\\s+provisoire\\b|Programa\\s+provisional\\b|Table\\s+des\\s+mati[èe]res$|[ÍI]ndice$"
                    + "|\\d{1,4}/\\d{1,4}\\.?\\s|(?:\\d{1,4}\\s\\((?:19|20)\\d\\d\\)\\.?\\s+Resolution)"
                    + "|The\\s+(?:General\\s+Assembly|Security\\s+Council|Economic\\s+and\\s+Social\\s+Council|Human\\s+Rights\\s+Council),"
                    + "|I\\.\\s|1\\.\\s)",
            Pattern.CASE_INSENSITIVE);
    /**
     * The line under a report's or a note's title that names who presents it ("Report of the Secretary-General",
     * "Note du Secrétaire général", "Informe del Secretario General"): the lines right above it are the title.
     */
    static final Pattern PRESENTED_BY = Pattern.compile(
            "^(?:(?:Report|Note)\\s+(?:of|by)\\s+the\\s+Secretary-General|(?:Rapport|Note)\\s+du\\s+Secr[ée]taire\\s+g[ée]n[ée]ral"
                    + "|(?:Informe|Nota)\\s+del\\s+Secretario\\s+General)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Italy and Turkmenistan:* draft resolution", "…: draft decision", "…: amendment". */
    static final Pattern SPONSOR_LINE = Pattern.compile(
            ":\\s*\\**\\s*(?:revised\\s+)?(?:draft\\s+(?:resolution|decision)|amendments?(?:\\s+to\\s+.*)?"
                    + "|projet\\s+de\\s+(?:r[ée]solution|d[ée]cision)(?:\\s+r[ée]vis[ée])?|amendements?(?:\\s+au\\s+.*)?"
                    + "|proyecto\\s+de\\s+(?:resoluci[óo]n|decisi[óo]n)(?:\\s+revisado)?|enmiendas?(?:\\s+al\\s+.*)?)\\s*\\**\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** More than the longest sponsor-line genre with its colon and marks ("…: projet de résolution révisé *"). */
    private static final int GENRE_TAIL = 80;

    /** The line after the one that ends a sponsors block started at {@code from} (": proyecto de resolución"), or -1. */
    static int sponsorsEnd(TextLines lines, int from, int blockEnd) {
        StringBuilder joined = new StringBuilder();
        for (int k = from; k < blockEnd && joined.length() < 6000; k++) {
            joined.append(joined.length() == 0 ? "" : " ").append(lines.get(k).strip());
            // The genre ends the joined lines: only their last characters can hold it (linear, not quadratic, in the block).
            if (Headings.SPONSOR_LINE.matcher(joined.subSequence(Math.max(0, joined.length() - GENRE_TAIL), joined.length())).find()) {
                return k + 1;
            }
        }
        return -1;
    }

    private Headings() {
    }

    static boolean isDocumentHeading(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        // Headings start with a capital, a digit or a bracket; "resolution 1863 (2009)" in lower case continues a title.
        if (!Character.isUpperCase(c) && !Character.isDigit(c) && c != '[') {
            return false;
        }
        return DOCUMENT_HEADING.matcher(line).lookingAt() || SPONSOR_LINE.matcher(line).find();
    }
}
