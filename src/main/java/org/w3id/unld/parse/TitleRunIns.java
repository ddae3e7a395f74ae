package org.w3id.unld.parse;

import org.w3id.unld.reference.UnBodies;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a copy ran into a document's title that is not part of it (EXTRACTION-CONVENTIONS, Titles): the names of the
 * bodies printed over the heading, the session's place and dates after it, where and when a meeting was held, the
 * line that says which part of the document this is, and the table of contents that follows. Copies that lost their
 * line breaks, and titles read over several lines, bring them in; every heading the title parser returns passes here.
 */
final class TitleRunIns {
    private TitleRunIns() {
    }

    /** The title without what a copy ran into it; null stays null, and a title that would be left empty is kept whole. */
    static String without(String title) {
        if (title == null) {
            return null;
        }
        String t = withoutContents(title);
        // "(XxX). Año internacional del niño": the end of a resolution's number ("3406 (XXX).") left on the title's line.
        t = t.startsWith("(") ? NUMBERS_SESSION_BEFORE.matcher(t).replaceFirst("") : t;
        t = withoutBodiesBefore(t);
        t = cutAt(t, RECORD_HELD);
        t = cutAt(t, PART_AFTER);
        t = cutAtEndUnlessOwned(t, SESSION_DATES_AT_END, DATES_OWNER);
        t = cutAt(t, PLACE_AND_DATES_AT_END);
        // After the session's dates in parentheses are cut: "… Humanos 18º período de sesiones (12 a 30 de septiembre …)".
        t = cutAtEndUnlessOwned(t, SESSION_LINE_AT_END, SESSION_OWNER);
        t = withoutWhatFollowsPlaceAndDates(t);
        String beforeFrontMatter = mayHaveFrontMatterAfter(t) ? cutAt(t, FRONT_MATTER_AFTER) : t;
        // "Commission on Human Rights Report of the Secretary-General": a body's name alone is no title.
        t = beforeFrontMatter.length() == t.length() || UnBodies.standard().byName(beforeFrontMatter).isPresent() ? t : beforeFrontMatter;
        return t.isEmpty() ? title : t;
    }

    private static final Pattern NUMBERS_SESSION_BEFORE = Pattern.compile("^\\((?i:[IVXL]{1,8})\\)\\.\\s+(?=\\p{Lu})");

    /** A table of contents that a copy ran into the title: "… session Table des matières Paragraphes Page I. …". */
    private static final Pattern CONTENTS_RUN_IN = Pattern.compile(
            "\\s+(?:\\(\\d[^()]{3,40}\\)\\s+)?(?:Table\\s+des\\s+mati[èe]res|Contents|CONTENTS|[ÍI]ndice|ÍNDICE|SOMMAIRE|Sommaire)"
                    + "\\s+(?:Paragraph|Paragraphe|P[áa]rrafo|Page|P[áa]gina|Chapter|Chapitre|Cap[íi]tulo|I\\.|1\\.).*$");

    private static String withoutContents(String title) {
        if (!(title.contains("ontents") || title.contains("ONTENTS") || title.contains("mati") || title.contains("ndice")
                || title.contains("OMMAIRE") || title.contains("ommaire"))) {
            return title;
        }
        return cutAt(title, CONTENTS_RUN_IN);
    }

    /**
     * The lines that follow a heading, which a copy ran into it: who presents the document ("… l’Afrique Note du secrétariat
     * Résumé Le présent document …", "… Overview Report of the Secretary-General"), the editors' note ("Reproduced as
     * received, in the language of submission only") and the parties to a communication ("…, Communication présentée par :
     * Petr Berlinov"). Only after a title's first words, and never after an item's letter ("c) Informe del Secretario General").
     */
    private static final Pattern FRONT_MATTER_AFTER = Pattern.compile(
            "(?u)(?<=.{20}[\\p{L}\\d.’'\")»])(?<!\\b(?:the|on|in|of|to|and|sur|du|de|del|al|la|le|el|et|y|[a-z]\\)))\\s*,?\\s+(?:"
                    + "(?:Note|Report|Rapport|Informe|Nota)\\s+(?:by|of|du|de\\s+la|del)\\s+(?:the\\s+)?(?:Secretariat|Secretary-General"
                    + "|secr[ée]tariat|Secr[ée]taire\\s+g[ée]n[ée]ral|Secretar[íi]a|Secretario\\s+General|Director-General|Executive\\s+Director)\\b"
                    + "|Reproduced\\s+as\\s+received\\b|Reproduit\\s+tel\\s+qu|Se\\s+reproduce\\s+(?:tal\\s+)?(?:como|en\\s+la\\s+forma)\\b"
                    + "|Communication\\s+(?:submitted\\s+by|présentée\\s+par)\\s*:|Comunicaci[óo]n\\s+presentada\\s+por\\s*:).*$");

    /** The words {@link #FRONT_MATTER_AFTER} starts with after its white space: the pattern is tried only on a title that holds one. */
    private static final String[] FRONT_MATTER_WORDS = {" Note", " Report", " Rapport", " Informe", " Nota", " Reproduced", " Reproduit",
            " Se reproduce", " Communication", " Comunicaci"};

    private static boolean mayHaveFrontMatterAfter(String title) {
        for (String word : FRONT_MATTER_WORDS) {
            if (title.indexOf(word, 20) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A session's place and dates in parentheses at a title's end: "(20-29 March 2001)", "(New York, 16-27 May 1994)". */
    private static final Pattern PLACE_AND_DATES_AT_END = Pattern.compile(
            // Up to 60 characters between the first day and the year: "(12 a 30 de septiembre y 21 de octubre de 2011)".
            // A place the copy lost leaves its comma: "(, 6-31 July 2009)".
            "\\s*\\((?:\\p{Lu}[\\p{L} .'’\\-]{1,40},\\s*|,\\s*)?\\d{1,2}\\b[^()]{2,60}\\b(?:19|20)\\d\\d\\)\\s*$"
                    // The dates before the place: "(23 to 26 January 2007, New York)".
                    + "|\\s*\\(\\d{1,2}\\b[^()]{2,60}\\b(?:19|20)\\d\\d,\\s*\\p{Lu}[\\p{L} .'’\\-]{1,40}\\)\\s*$");

    /**
     * A session's place and dates in parentheses with more after them, which a copy ran in ("… ON ITS FIRST SESSION.
     * (Vienna, 21 to 30 April 1992) 145443 U.S. Department of Justice …"): the title ends before them.
     */
    private static final Pattern PLACE_AND_DATES_THEN_MORE = Pattern.compile(
            "\\.?\\s*\\((?:\\p{Lu}[\\p{L} .'’\\-]{1,40},\\s*)?\\d{1,2}\\b[^()]{2,40}\\b(?:19|20)\\d\\d\\)\\s+\\S.*$");

    private static String withoutWhatFollowsPlaceAndDates(String title) {
        return title.indexOf('(') < 0 ? title : cutAt(title, PLACE_AND_DATES_THEN_MORE);
    }

    /**
     * A session's days after a title's last word, without parentheses: "… on the work of its first session 12-22 June
     * 1973", "… session 29 November-8 December 2006". A date range follows a word, never a preposition ("held from 15 to
     * 26 November 1999" and "for the period 16 June-1 October 2003" are the title's own).
     */
    private static final Pattern SESSION_DATES_AT_END = Pattern.compile(
            "(?iu)(?<=\\p{L})\\s+\\d{1,2}\\s*(?:" + UnDates.ANY_MONTH + ")?\\s*[-–—]\\s*\\d{1,2}\\s+(?:" + UnDates.ANY_MONTH + ")\\s+(?:19|20)\\d\\d\\s*$");

    /**
     * A session line in figures printed after a title, which a copy ran into it: "Informe del Consejo de Derechos Humanos
     * 18º período de sesiones", "… 52nd session". After "its", "sa", "su", "of", "de" … it is the title's own ("Report of
     * the Council on its 18th session").
     */
    private static final Pattern SESSION_LINE_AT_END = Pattern.compile(
            "(?iu)(?<=\\p{L})\\s+\\d{1,3}\\s?(?:[º°ª]|st|nd|rd|th|e|ème|er)?\\s+(?:per[ií]odo\\s+de\\s+sesiones|session)\\s*$");
    /** The words after which a session is the title's own. */
    private static final Pattern SESSION_OWNER = Pattern.compile(
            "(?iu)its|his|her|their|sa|son|ses|su|sus|of|on|at|for|de|del|el|la|le|à|au|en|the|l['’]\\p{L}*|sobre|sur");

    /** The words after which a date range is the title's own: a period's, a stay's. */
    private static final Pattern DATES_OWNER = Pattern.compile(
            "(?iu)period|période|período|periodo|from|between|du|del|de|al|of|on|to|in|en|au|year|année|año|covering|ended|ending");

    /**
     * The title without what {@code atEnd} finds at its end, unless the word before it makes it the title's own
     * ({@code owners}: "for the period 16 June-1 October 2003", "on its 18th session").
     */
    private static String cutAtEndUnlessOwned(String title, Pattern atEnd, Pattern owners) {
        Matcher m = atEnd.matcher(title);
        if (!m.find()) {
            return title;
        }
        String before = title.substring(0, m.start());
        String lastWord = before.substring(before.lastIndexOf(' ') + 1);
        return owners.matcher(lastWord).matches() ? title : before.strip();
    }

    /**
     * Where and when a meeting was held, after a record's heading: "COMPTE RENDU ANALYTIQUE DE LA 670ème SÉANCE tenue au
     * Palais Wilson, à Genève, le lundi 8 janvier 2001", "… DE LA 105a. SESION Celebrada en la Sede, Nueva York, …", and
     * run on without a space: "Acta resumida de la 142ª sesiónCelebrada en el Palais Wilson".
     */
    private static final Pattern RECORD_HELD = Pattern.compile(
            "(?iu)(?<=\\b(?:meeting|s[ée]ance|sesi[óo]n|reuni[óo]n|pl[ée]ni[èe]re|plenaria)\\.?)(?:\\s+|(?=\\p{Lu}))(?:held\\s+(?:at|in|on)|tenue|celebrada\\s+(?:en|el))\\b.*$");

    /**
     * The line that says which part of the document this is, run into the title: "… 2 October 2009 Addendum Part two:
     * Action taken by …". A title may start with the word ("Addendum to the report …"), never go on to it.
     */
    private static final Pattern PART_AFTER = Pattern.compile(
            "(?u)(?<=.{20})\\s+(?:Addendum|ADDENDUM|Additif|ADDITIF|Adición|ADICIÓN|Corrigendum|CORRIGENDUM|Rectificatif|Corrección)"
                    + "(?:\\s+\\d{1,2})?(?:\\s+(?:Part|PART|Partie|PARTIE|Parte|PARTE)\\b.*)?$");

    /**
     * The heading that names the document, after the names of bodies a copy ran in before it: "UNITED NATIONS ENVIRONMENT
     * PROGRAMME REPORT OF THE GOVERNING COUNCIL …", "ECONOMIC COMMISSION FOR EUROPE INLAND TRANSPORT COMMITTEE Working
     * Party on Rail Transport REPORT OF THE WORKING PARTY …". Reports, records, agendas and letters.
     */
    private static final Pattern NAMING_HEADING = Pattern.compile(
            // A heading starts with a capital: "report" inside a sentence is not one.
            "(?=\\p{Lu})(?iu:(?:draft\\s+)?(?:(?:annual|final)\\s+)?report|rapport|informe|proceedings|compte\\s+rendu"
                    + "|(?:provisional\\s+)?(?:summary|verbatim)\\s+record|acta\\s+(?:resumida|taquigr[aá]fica|literal)"
                    + "|(?:annotated\\s+)?provisional\\s+agenda|ordre\\s+du\\s+jour|programa\\s+provisional"
                    + "|" + Headings.COMMUNICATION_DATED + ")"
                    + "(?=\\s|(?i:of)|$)");
    /** A word of a body's name ("Economic Commission for Europe", "Working Party on Rail Transport", "Conseil d'administration"). */
    private static final Pattern BODY_WORD = Pattern.compile(
            "(?iu)\\b(?:committee|commission|sub-?commission|council|programme|program|party|conference|board|group|fund|assembly"
                    + "|comité|comisión|subcomisión|conseil|consejo|programa|asamblea|assemblée|groupe|grupo|conferencia|conférence"
                    + "|fonds|fondo|division|división|office|bureau|mesa)\\b");
    /** The small words inside a name: everything else in it starts with a capital. */
    private static final Pattern NAME_GLUE = Pattern.compile(
            "(?iu)of|on|for|and|the|to|de|del|des|du|la|le|les|los|las|el|et|y|en|sur|pour|d[’']\\p{L}+|l[’']\\p{L}+|-|–|/|&");
    /** "Report of the Secretary-General", "Report of the Fifth Committee": the line that says who reports, under a subject. */
    private static final Pattern WHO_REPORTS = Pattern.compile(
            "(?iu)^(?:report|rapport|informe)\\s+(?:of|by|du|de\\s+la|del)\\s+(?:the\\s+)?(?:Secretary-General|Secr[ée]taire\\s+g[ée]n[ée]ral"
                    + "|Secretario\\s+General|(?:First|Second|Third|Fourth|Fifth|Sixth|Special\\s+Political)\\s+Committee"
                    + "|(?:Premi[èe]re|Deuxi[èe]me|Troisi[èe]me|Quatri[èe]me|Cinqui[èe]me|Sixi[èe]me|Primera|Segunda|Tercera|Cuarta|Quinta|Sexta)\\s+Comisi[óo]n)\\b[^.]{0,40}$");
    private static final int MAX_NAME_WORDS = 16;

    /** The title from the heading that names the document, when all before it is the names of bodies; else the title. */
    static String withoutBodiesBefore(String title) {
        Matcher m = NAMING_HEADING.matcher(title);
        if (!m.find(1)) {
            return title;
        }
        int at = m.start();
        if (!Character.isWhitespace(title.charAt(at - 1))) {
            return title;
        }
        String before = title.substring(0, at).strip();
        String rest = title.substring(at);
        return (isNamesOfBodies(before) || isSessionsFrontMatter(before)) && !WHO_REPORTS.matcher(rest).matches() ? rest : title;
    }

    /**
     * The session's days, and its place after them, at the end of what stands before the heading: "ECONOMIC COMMISSION FOR
     * AFRICA Seventh meeting of the Technical Preparatory Committee of the Whole 7-14 April 1986, Yaounde, Republic of
     * Cameroon" / "DRAFT REPORT". A title names a day only with its genre ("Letter dated …").
     */
    private static final Pattern DAYS_THEN_PLACE = Pattern.compile(
            "(?iu)\\b\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:" + UnDates.ANY_MONTH + ")(?:\\s*[-–]\\s*\\d{1,2}\\s+(?:" + UnDates.ANY_MONTH + "))?"
                    + ",?\\s+(?:19|20)\\d\\d(?:[,.]?\\s+\\p{Lu}[\\p{L}'’.\\- ]{0,30}(?:,\\s*[\\p{L}'’.\\- ]{1,40})?)?\\s*$");

    private static boolean isSessionsFrontMatter(String before) {
        return !before.isEmpty() && Character.isUpperCase(before.codePointAt(0)) && DAYS_THEN_PLACE.matcher(before).find()
                && !Headings.isDocumentHeading(before);
    }

    private static boolean isNamesOfBodies(String words) {
        String[] w = words.split("\\s+");
        if (w.length < 2 || w.length > MAX_NAME_WORDS || !BODY_WORD.matcher(words).find() || words.endsWith(".") || words.endsWith(":")) {
            return false;
        }
        for (String word : w) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !NAME_GLUE.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String cutAt(String title, Pattern tail) {
        Matcher m = tail.matcher(title);
        return m.find() ? title.substring(0, m.start()).strip() : title;
    }
}
