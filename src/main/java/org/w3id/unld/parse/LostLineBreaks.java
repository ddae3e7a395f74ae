package org.w3id.unld.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line breaks that a copy of a document lost, put back where the genre has them, so that the text parses like a
 * well-formed one. Web pages and OCR often give a whole document on one line, or run the masthead's fields
 * together ("General Assembly Distr.: General2 October 2012Original: English"). The masthead's fields (symbol,
 * organ, distribution, date, original language, session and year, agenda item, the heading) each start a line;
 * in a text with no line breaks at all, sentences start paragraphs, and a signature block's name, rank and post
 * are put on lines of their own. A text that has its line breaks is returned as it is.
 */
final class LostLineBreaks {
    /** How far into a text the masthead can reach. */
    private static final int HEAD = 2500;
    private static final String MONTHS = UnDates.ANY_MONTH;
    /** The version's or the original's language, in any case ("ESPAÑOL", "Français", "RUSSE"). */
    private static final String LANGUAGE = "(?iu:" + MastheadParser.LANGUAGE_NAME + ")";
    private static final String CAPITALS_INTO_SESSION =
            "(?<=\\p{Lu}{3})(?=\\p{Lu}\\p{Ll}[\\p{Ll}-]*(?:\\h+\\p{Ll}+)?\\h+(?:session|per[ií]odo|year|année|año)(?!\\p{Ll}))";
    /** A word run into the symbol after it: "Consejo de SeguridadS/2017/68", "Security CouncilS/2017/68". */
    private static final String ORGAN_INTO_SYMBOL = "(?<=\\p{Ll}{3})(?=[A-Z]{1,6}/(?:\\d{1,4}/|[A-Z]{1,6}/|PV\\.))";
    private static final Pattern ORGAN_INTO_SYMBOL_AT = Pattern.compile(ORGAN_INTO_SYMBOL);
    /** Fields run together: a distribution word, a year or a language name followed by the next field without a space. */
    private static final Pattern RUN_TOGETHER = Pattern.compile(
            "(?:Distr|DISTR)[.:\\s]*(?:General|Limited|Restricted|GENERAL|LIMITED|RESTRICTED|générale|limitée|general|limitada|reservada)\\d"
            + "|\\d{4}(?:Original|ORIGINAL)|(?:English|French|Spanish|Russian|Arabic|Chinese|ENGLISH|FRENCH|SPANISH)(?:Distr|General Assembly|Security Council)"
            + "|(?:Assembly|Council)Distr"
            // A body run into its session's ordinal, a session into its dates: "HUMANOS87º período de sesiones10 a 28 de julio".
            + "|\\p{L}\\d{1,3}[ºª°]\\h*(?:per[ií]odo|session)|(?:sesiones|session)\\d{1,2}\\h"
            // A body in capitals run into its session line: "COMITÉ DES DROITS DE L'ENFANTVingt-cinquième session".
            + "|\\p{Lu}{4}\\p{Ll}[\\p{Ll}-]*(?:\\h+\\p{Ll}+)?\\h+(?:session|per[ií]odo|year|année|año)\\b"
            // "ESPAÑOLOriginal: INGLÉS", "93º período de sesionesGinebra, 7 a 25 de julio".
            + "|(?<=\\p{L})(?:Original|ORIGINAL)\\h*:|(?:sesiones|session)\\p{Lu}\\p{Ll}"
            + "|/(?:Add\\.|Rev\\.|Corr\\.)?[A-Z]{0,6}\\d{1,4}(?:[12]\\d|3[01])\\h+(?:de\\h+)?" + MONTHS + "\\h+(?:de\\h+)?\\d{4}"
            // A typewriter masthead typed as one line: "Distr. GENERAL A/34/475 17 septembre 1979 ESPAÑOL ORIGINAL: FRANCES".
            + "|(?:Distr|DISTR)[.:\\h]*\\p{L}+\\h+[A-Z]{1,6}/[A-Z0-9]"
            // Two fields on one line: a distribution and its date, a date and the version's language, a session and its agenda item.
            + "|(?:Distr|DISTR)[.:\\h]*\\p{L}+\\.?\\h+\\d{1,2}\\h+(?:de\\h+)?\\p{L}+"
            + "|\\d{4}\\h+(?:English|French|Spanish|Español|Français|Anglais|Inglés)\\h+Original"
            + "|(?:session|sesiones|SESSION)\\h+(?:Agenda items?|Items?|Tema|Temas|Point|Points)\\h+\\d");
    /** The original's language run into the heading: "Original: inglésCarta de fecha …". */
    private static final Pattern LANGUAGE_INTO_HEADING = Pattern.compile(
            "(?:Original|ORIGINAL)\\h*:\\h*" + LANGUAGE + "\\p{Lu}\\p{Ll}");
    /** How far into a text fields run together are looked for: a masthead's fields are in its first lines. */
    private static final int RUN_TOGETHER_REACH = 1500;
    /** Words only a masthead has near the start of a document. */
    private static final Pattern MASTHEAD_MARK = Pattern.compile("Distr\\s*\\.|DISTR\\s*\\.|Original\\s*:|ORIGINAL\\s*:|\\bAgenda item|\\b[A-Za-z]+(?:th|st|nd|rd)\\s+session\\b"
            + "|Official Records\\b|Documents officiels\\b|Actas oficiales\\b|\\bs[ée]ance pl[ée]ni[èe]re\\b|per[ií]odo de sesiones\\b"
            // A meeting record's meeting line: "7245ª sesión", "6543e séance", "8703rd meeting".
            + "|\\b\\d{1,5}\\s?(?:ª|a\\.|º|e|ème|st|nd|rd|th)\\s+(?:sesi[óo]n|s[ée]ance|meeting)\\b");
    /** The organ that opens a resolution's preamble, in English, French and Spanish: "The General Assembly,", "L'Assemblée générale,". */
    private static final String ORGAN_OPENING = "(?:The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council)"
            + "|L[’']Assembl[ée]e g[ée]n[ée]rale|Le Conseil (?:de s[ée]curit[ée]|[ée]conomique et social|des droits de l[’']homme)"
            + "|La Asamblea General|El Consejo (?:de Seguridad|Econ[óo]mico y Social|de Derechos Humanos)),";
    /**
     * A resolution's bracketed line, after the heading that says who adopted it and before its number and title: "… GÉNÉRALE
     * [sur le rapport de la Troisième Commission (A/50/630)] 50/164. Amélioration …". It is a line of its own.
     */
    private static final Pattern ADOPTION_BRACKETS = Pattern.compile(
            "\\h+(?=\\[(?:on the report|without reference|sur (?:le|la) (?:base du )?rapport|sans renvoi|sobre la base del informe|sin remisi[óo]n))"
                    + "|(?<=\\])\\h+(?=\\d{1,3}/\\d{1,4}\\.?\\h)");
    /** Where a masthead field starts: a line break goes before it. */
    private static final Pattern FIELD_START = Pattern.compile(
            "(?<=\\S)\\s*(?="
                    + "Distr\\s*\\.|DISTR\\s*\\.|Original\\s*:|ORIGINAL\\s*:|Original\\s+:|"
                    // The language of the version, printed between the date and "Original:": a line of its own.
                    + "\\b" + LANGUAGE + "(?=\\s+(?:Original|ORIGINAL)\\b)|"
                    // A body of the table by its name in English, French or Spanish ("Economic and Social Council", "Executive
                    // Board of the United Nations Development Programme …"), not one inside a heading ("… au Président de
                    // l'Assemblée générale par …", "Report of the Committee on …").
                    + "(?<!(?iu:\\bof\\h|\\bthe\\h|\\bde\\h|\\bla\\h|\\bdel\\h|\\bdu\\h|\\bau\\h|\\bl['’]\\h?|\\bl['’]|\\bel\\h|\\ble\\h|\\bdes\\h|\\bby\\h|\\bto\\h|\\bpar\\h|\\bpor\\h))"
                    // Nor the body of a session named before it: "Twenty-Second Meeting of the Parties to the Montreal Protocol".
                    + "(?<!(?i:first|second|third|\\p{L}{2}th|\\d(?:st|nd|rd|th))\\h)"
                    + "(?:" + bodyNames() + ")\\b|"
                    // "Seventy-ninth session", "First Session", "103rd session"; not "its 103rd session" inside a title.
                    + "(?<!(?i:\\bits|\\bthe|\\bat|\\bof|\\bon|\\bfor|\\bto|\\band)\\h)(?<!-)"
                    + "\\b(?:[A-Z][a-z]*(?:-[a-z]+)?|\\d{1,3})(?:th|st|nd|rd)\\s+(?:regular\\s+|special\\s+|resumed\\s+|emergency\\s+special\\s+)?(?:[Ss]ession|year|[Mm]eeting)\\b|"
                    // "Trente-quatrième session", "Trigésimo cuarto período de sesiones".
                    + "\\b\\p{Lu}[\\p{Ll}-]+(?:ième|ème)\\s+session\\b|\\b\\p{Lu}\\p{Ll}+(?:\\h+\\p{Ll}+)?\\h+per[ií]odo\\h+(?:extraordinario\\h+)?de\\h+sesiones\\b|"
                    + "Temas?\\s+\\d|Points?\\s+\\d+(?:\\s*[a-z]\\))?(?:\\s+et\\s+\\d+)?\\s+de\\s+l[’']ordre|"
                    + "Informe\\s+(?:del|de\\s+la)\\b|Rapport\\s+(?:du|de\\s+la)\\b|Relatora?\\s*:|Rapporteur\\s*:|"
                    // A meeting record's front page: the meeting line, its day, "Official Records", the President.
                    + "(?<!(?i:of\\hthe)\\h)\\b\\d{1,5}\\s?(?:st|nd|rd|th)\\s+(?i:plenary\\s+)?(?i:meeting)\\b"
                    + "|(?<!(?i:\\bon|\\ble|\\bel)\\h)" + UnDates.WEEKDAY_EN + ",|"
                    // A summary record's heading and its chair: "SUMMARY RECORD OF THE 53rd MEETING", "Chairman: Mr. …".
                    // "PROVISIONAL VERBATIM RECORD OF THE EIGHTY-FIFTH MEETING", "ACTA RESUMIDA PROVISIONAL DE LA CUARTA SESION".
                    + "(?<!(?:PROVISIONAL|Provisional)\\h)(?:(?:PROVISIONAL|Provisional)\\h+)?"
                    + "(?:SUMMARY RECORD OF THE|Summary record of the|VERBATIM RECORD OF THE|Verbatim record of the)\\b"
                    + "|Acta resumida\\b|ACTA RESUMIDA\\b|Compte rendu analytique\\b|COMPTE RENDU ANALYTIQUE\\b|"
                    + "Chairman\\s*:|Chairperson\\s*:|CONTENTS\\b|"
                    // A Council record's "Provisional" and its "Agenda" heading after the members: "… Mr. Cohen Agenda The situation …".
                    + "Provisional(?=\\s+(?:President|\\d{1,5}\\s?(?:st|nd|rd|th)\\s)|\\s*$)|(?<=\\p{Ll}\\h)Agenda(?=\\h\\p{Lu})|Held at (?:the|Headquarters)\\b|Celebrada en\\b|Tenue (?:au|à)\\b|"
                    + "Official Records\\b|President\\s*:|The meeting (?:was called to order|rose|was suspended)\\b|"
                    // The same in French and Spanish: "82e séance plénière", "Vendredi 9 décembre 2011", "Président :".
                    + "\\b\\d{1,5}\\s?e\\s+séance\\b|" + UnDates.WEEKDAY_FR + "\\s+\\d|Documents officiels\\b|"
                    + "Actas oficiales\\b|Présidente?\\s*:|Presidente?\\s*:|Presidenta\\s*:|La séance est ouverte\\b|Se abre la sesión\\b|"
                    + "\\b\\d{1,5}\\s?(?:ª|a\\.|º)\\s+sesi[óo]n\\b|" + UnDates.WEEKDAY_ES + "\\s+\\d|"
                    + "Miembros\\s*:|Membres\\s*:|Members\\s*:|Orden del día\\b|Ordre du jour\\b(?!\\s+provisoire)|"
                    // The year of the Council: "Sexagésimo noveno año", "Soixante-neuvième année".
                    + "\\b\\p{Lu}\\p{Ll}+(?:\\h+\\p{Ll}+)?\\h+año\\b|\\b\\p{Lu}[\\p{Ll}-]+(?:ième|ème)\\s+année\\b|"
                    + "Agenda items?\\s+\\d|Items?\\s+\\d+(?:\\s*\\([a-z]\\))?(?:\\s+and\\s+\\d+)?\\s+of\\s+the\\s+(?:provisional|preliminary)|"
                    + "(?<!(?i:identical|joint)\\h)(?iu:" + Headings.COMMUNICATION_DATED + ")|(?:Note|NOTE) (?:dated|DATED)\\b|Note by\\b|NOTE BY\\b|(?<!(?i:draft)\\h)(?:Report of the|REPORT OF THE)\\b|Draft (?:resolution|decision)\\b|"
                    // Headings that name the document, and a table of contents after them.
                    + "(?:Note by the|Nota del|Nota de la|Note du|Note de la) (?iu:Executive Secretary|Secretario Ejecutivo|Secretar[ií]a Ejecutiva|Secrétaire exécutif|secretariat|Secretar[ií]a|secrétariat|Secretario General|Secrétaire général)\\b|"
                    + "Prepared by the\\b|Préparé par\\b|Preparado por\\b|"
                    // The body's first heading and its first paragraph after a title: "… DIVERSITY INTRODUCTION 1. In accordance".
                    + "(?<!(?:\\b[IVX]{1,4}|\\d)\\.\\h)(?:INTRODUCTION|Introduction|INTRODUCCI[ÓO]N|Introducción)(?=\\h+(?:[IVX]+|\\d{1,2})\\.\\h)|"
                    + "(?:Memorandum by the|Mémoire du|Memorando del) (?:Secretary-General|Secrétaire général|Secretario General)\\b|"
                    + "(?:Decisions?|Resolutions?) adopted by\\b|(?:RESOLUTION|Resolution) \\d{1,4} \\((?:19|20)\\d\\d\\)|R[ée]solution adopt[ée]e par\\b|Resoluci[óo]n aprobada por\\b|D[ée]cision adopt[ée]e par\\b|Decisi[óo]n (?:aprobada|adoptada) por\\b|(?:Annotated )?Provisional agenda\\b|PROVISIONAL AGENDA\\b|Ordre du jour provisoire\\b"
                    + "|Programa provisional\\b|Contents\\b|Table des matières\\b|TABLE OF CONTENTS\\b|Table of contents\\b|"
                    + "RESOLUTION ADOPTED BY\\b|R[ÉE]SOLUTION ADOPT[ÉE]E PAR\\b|RESOLUCI[ÓO]N APROBADA POR\\b"
                    + "|Draft conclusions\\b|Projet de conclusions\\b|Proyecto de conclusiones\\b|" + ORGAN_OPENING
                    + ")");
    /** A date on its own, not one inside a heading ("Letter dated 8 February 2011", "of 7 July 1950"). */
    private static final Pattern DATE_START = Pattern.compile(
            "(?<=\\S)(?<!\\d)(?<![–—-])(?<![–—-]\\h)(?<!(?i:\\bfecha|\\bdated|\\bof|\\bon|\\bdu|\\bde|\\bto|\\band|\\bau|\\bal|\\bet|\\by|\\ba|day|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\\h?)\\s*(?=\\d{1,2}\\s+(?:de\\s+)?(?:" + MONTHS + ")\\s+(?:de\\s+)?\\d{4})");
    /**
     * What a scanner made of a rule or a stamp between a masthead's fields: "_i_J..__._.._^..", "-;..-is..~^=^_...-",
     * "=s-..-f-fr:S^r-'". A run of non-blank characters with an underscore, caret, tilde or equals sign, in which letters
     * and digits are fewer than the rest, is no word; it goes, with the white space before it and the specks of
     * punctuation around it.
     */
    private static final Pattern OCR_DEBRIS = Pattern.compile(
            "(?:\\h+[^\\s\\p{L}\\d]{1,3}(?=\\h))*\\h*(?<!\\S)(\\S*[_^~=]\\S*)(?:\\h+[^\\s\\p{L}\\d]{1,3}(?=\\s|$))*");
    /** A venue's dates after its place: ", 26–28 October 2020", ", 30 November–2 December 2024". */
    private static final String VENUE_DATES = ",\\h+\\d{1,2}(?:\\h*[–-]\\h*\\d{1,2})?\\h+(?:" + MONTHS
            + ")(?:\\h*[–-]\\h*\\d{1,2}\\h+(?:" + MONTHS + "))?,?\\h+\\d{4}\\b";
    /**
     * A meeting's place and dates run into what precedes them ("… CARIBBEAN Virtual meeting, 26–28 October 2020",
     * "… Seventh meeting Geneva, 25–29 October 2004"): a line of their own.
     */
    private static final Pattern VENUE_START = Pattern.compile(
            // A place of two words ("Addis Ababa") only where no capitalised word comes before it: "… the Ozone Layer
            // Bangkok, 8–12 November 2010" has "Bangkok" for its place, not "Layer Bangkok".
            "(?<=\\S)\\h+(?:(?<!\\p{Lu}\\p{Ll}{1,30}\\h)(?=\\p{Lu}\\p{Ll}+\\h+\\p{L}\\p{Ll}+" + VENUE_DATES + ")|(?=\\p{Lu}\\p{Ll}+" + VENUE_DATES + "))");
    /** A venue line ends after its dates: the title run into it starts a line ("Bangkok, 8–12 November 2010 Issues for …"). */
    private static final Pattern VENUE_END = Pattern.compile("(?m)^(\\p{Lu}\\p{Ll}+(?:\\h+\\p{L}\\p{Ll}+)?" + VENUE_DATES + ")\\h+(?=\\p{Lu}\\p{Ll})");
    /** The agenda item line ends after its numbers: the item's title starts a line of its own. */
    private static final Pattern AGENDA_LINE_END = Pattern.compile(
            "((?:Agenda items?|Items?|Temas?|Points?)\\s+\\d+(?:\\s*\\(?[a-z]{1,3}\\))?(?:(?:\\s*,|\\s+and)\\s+(?:\\d+(?:\\s*\\(?[a-z]{1,3}\\))?|\\([a-z]{1,3}\\)))*(?:\\s+of\\s+the\\s+(?:provisional|preliminary)\\s+(?:agenda|list)(?:\\h*\\*)?|\\s+del\\s+programa(?:\\s+provisional)?(?:\\h*\\*)?|\\s+de\\s+la\\s+agenda(?:\\s+provisional)?(?:\\h*\\*)?|\\s+de\\s+l[’']ordre\\s+du\\s+jour(?:\\s+provisoire)?(?:\\h*\\*)?)?)[ \\t]+(?=[\\p{Lu}“\"])");
    /** The document's heading and a report's rapporteur line are paragraphs of their own, not lines of a title block. */
    private static final Pattern PARAGRAPH_START = Pattern.compile(
            "\n(?=(?iu:" + Headings.COMMUNICATION_DATED + ")"
                    + "|Relatora?\\s*:|Rapporteur\\s*:|Rapporteuse\\s*:)");
    /** The original's language ends its line: "Original: English Situation of human rights …". */
    private static final Pattern LANGUAGE_LINE_END = Pattern.compile(
            "((?:Original|ORIGINAL)\\h*[:.]\\h*" + LANGUAGE + "(?:\\h*(?:/|,|and|et|y)\\h*" + LANGUAGE + ")*)\\h+(?=\\p{Lu})");
    /** A meeting's time ends its line: the place follows on a line of its own ("10 a.m." / "New York"). */
    private static final Pattern AFTER_TIME = Pattern.compile("(?<=\\b[ap]\\.\\s?m\\.|\\bheures|\\bhoras)[ \\t]+(?=\\p{Lu})");
    /** The end of a distribution word or of a date run into the next field ("General2 October", "2012Original"). */
    /**
     * A symbol run into its date: "CCPR/C/FRA/CO/431 de julio de 2008" (a two-digit day when the digits allow one), an
     * addendum's or a record's: "CRC/C/15/Add.23830 juin 2004", "CRC/C/SR.112524 mai 2006". Where the two part.
     */
    static final String SYMBOL_INTO_DATE = "(?<=/(?:Add\\.|Rev\\.|Corr\\.|[A-Z]{1,6}\\.)?[A-Z]{0,6}\\d{1,4})(?=(?:[12]\\d|3[01])\\h+(?:de\\h+)?"
            + MONTHS + "\\h+(?:de\\h+)?\\d{4})";
    private static final Pattern GLUED = Pattern.compile("(?<=[a-zé])(?=\\d{1,2}(?:º|er)?\\s+(?:de\\s+)?(?:" + MONTHS + "))|(?<=\\d{4})(?=[A-Z])"
            // Two symbols of a joint document run together: "A/ES-10/484S/2010/158".
            + "|(?<=/\\d{1,6})(?=[AES]/[0-9A-Z])"
            + "|(?<=\\p{L})(?=\\d{1,3}[ºª°]\\h*(?:per[ií]odo|session))|(?<=sesiones|session)(?=\\d{1,2}\\h)"
            + "|" + CAPITALS_INTO_SESSION + "|(?<=\\p{L})(?=(?:Original|ORIGINAL)\\h*:)|(?<=sesiones|session)(?=\\p{Lu}\\p{Ll})"
            // An agenda item line run into its title: "Tema 1 de la agendaCuestiones de organización", "… du jourQuestions …".
            + "|(?<=\\b(?:agenda|programa|provisional|provisoire|jour))(?=\\p{Lu}\\p{Ll})"
            + "|" + SYMBOL_INTO_DATE
            // "United NationsECE/TRANS/SC.1/413Economic and Social Council": the emblem's words, the symbol and the organ glued.
            + "|(?<=United Nations|Nations Unies|Naciones Unidas)(?=[A-Z]{1,6}/)|(?<=/\\d{1,4})(?=\\p{Lu}\\p{Ll}{2})"
            + "|" + ORGAN_INTO_SYMBOL
            // "Original: inglésCarta de fecha …": the heading starts a paragraph.
            + "|(?<=(?:Original|ORIGINAL)\\h?:\\h?" + LANGUAGE + ")(?=\\p{Lu}\\p{Ll})");
    /** A symbol after the first words of a line: "United Nations A/65/714", "GENERAL A/34/475": the symbol starts a line. */
    private static final Pattern SYMBOL_START = Pattern.compile("(?<=\\p{L})\\s+(?=[A-Z]{1,6}(?:/[A-Za-z0-9.\\-]+)+/[0-9A-Z.\\-]+|S/PV\\.\\d)");
    /** A symbol that starts a line and words after it ("DP/2004/2 Executive Board of …"): the words start a line of their own. */
    private static final Pattern WORDS_AFTER_SYMBOL = Pattern.compile(
            "(?m)(^[A-Z]{1,6}(?:\\.\\d{1,3})?(?:/[A-Za-z0-9.\\-]+)+)\\h+(?=\\p{Lu}\\p{Ll}|\\p{Lu}{2,}\\h)");
    /** The emblem's "UNITED NATIONS" in capitals, in any of the three languages, with words before or after it: a line of its own. */
    private static final Pattern UN_IN_CAPITALS = Pattern.compile("(?m)(?:^\\d{1,3}\\h+|\\h*)\\b(UNITED NATIONS|NACIONES UNIDAS|NATIONS UNIES)\\b\\h*(?=\\S)");
    /** A page's number before the emblem's words, in a copy whose page began there: "1 Naciones Unidas". */
    private static final Pattern PAGE_NUMBER_BEFORE_UN = Pattern.compile("(?m)^\\d{1,3}\\h+(?=(?:United Nations|Naciones Unidas|Nations Unies)\\b)");
    /** A meeting record's "Agenda" heading run into its first item: the item starts a line of its own. */
    private static final Pattern AGENDA_HEADING = Pattern.compile("(?m)^(Agenda|Orden del día|Ordre du jour)\\h+(?=\\p{Lu})");
    /** A summary or the first chapter after the genre line of a report or note: "Report of the Secretary-General Summary …". */
    private static final Pattern SUMMARY_AFTER_GENRE = Pattern.compile(
            "(?<=Secretary-General|Secretario General|Secrétaire général|Secretariat|Secretaría|Secrétariat|secretariat|secretaría"
                    + "|secrétariat|Executive Secretary|Secretario Ejecutivo|Secrétaire exécutif)\\h+(?=Summary\\b|Resumen\\b|Résumé\\b|(?:I|1)\\.\\h+\\p{Lu})");
    /** A typewriter masthead's date after its symbol ("A/34/475 17 septembre 1979"): the date starts a line. */
    private static final Pattern DATE_AFTER_SYMBOL = Pattern.compile(
            "(?m)(^[A-Z]{1,6}(?:/[A-Za-z0-9.\\-]+)+)\\h+(?=\\d{1,2}\\h+(?:de\\h+)?(?iu:" + MONTHS + ")\\h+(?:de\\h+)?\\d{4})");
    /** Whom a letter is addressed to, in English, French and Spanish: where its heading ends. */
    private static final String ADDRESSEE = "(?:the\\s+)?(?:Secretary-General|Secr[ée]taire\\s+g[ée]n[ée]ral|Secretario\\s+General"
            + "|President\\s+of\\s+the\\s+(?:Security\\s+Council|General\\s+Assembly|Economic\\s+and\\s+Social\\s+Council|Human\\s+Rights\\s+Council)"
            + "|Pr[ée]sidente?\\s+(?:du\\s+Conseil\\s+de\\s+s[ée]curit[ée]|de\\s+l[’']Assembl[ée]e\\s+g[ée]n[ée]rale)"
            + "|President[ae]?\\s+(?:del\\s+Consejo\\s+de\\s+Seguridad|de\\s+la\\s+Asamblea\\s+General))";
    /**
     * A letter's heading run into its first sentence ("… addressed to the Secretary-General This is the second letter …"):
     * the heading ends after its last addressee, where a sentence starts.
     */
    private static final Pattern HEADING_END = Pattern.compile("((?i:(?:addressed\\s+to|adress[ée]es?\\s+(?:au|à\\s+la)|dirigidas?\\s+al?)\\s+"
            + ADDRESSEE + "(?:\\s+(?:and|et|y)\\s+(?:to\\s+|au\\s+|al\\s+|à\\s+la\\s+)?" + ADDRESSEE + ")*)"
            // French and Spanish headings end with the sender's mission: "… par le Représentant permanent de X auprès de
            // l'Organisation des Nations Unies", "… por el Representante Permanente de X ante las Naciones Unidas".
            // "Note by the Secretary-General The Secretary-General has the honour …".
            + "|(?:(?:Note|Report)\\s+(?:by|of)\\s+the\\s+Secretary-General|(?:Note|Rapport)\\s+du\\s+Secr[ée]taire\\s+g[ée]n[ée]ral"
            + "|(?:Nota|Informe)\\s+del\\s+Secretario\\s+General)(?=\\h+(?:The|Le|La|El)\\h+Secr)"
            + "|(?:(?:Lettre|Note\\s+verbale|Carta|Nota\\s+verbal)\\h[^\\n]{0,300}?(?:auprès\\s+de\\s+l[’']Organisation\\s+des\\s+Nations\\s+Unies|ante\\s+las\\s+Naciones\\s+Unidas)))"
            + "\\h+(?=\\p{Lu}\\p{Ll}|I\\h)");
    /**
     * A page's foot and the next page's head in a text on one line ("99-20270 (E) 080799 /... S/1999/766 English Page 2"):
     * a paragraph of their own, so that neither runs into a signature, a heading or an annex.
     */
    private static final Pattern PAGE_BREAK = Pattern.compile("\\s+(\\d{2}-\\d{5}\\s*\\([A-Z]\\)(?:\\s+\\d{6}){0,3}(?:\\s+\\*?\\d{7,}\\*?)?(?:\\s*/\\s?\\.\\.\\.)?"
            // A Geneva job number: "GE.95-01964".
            + "|GE\\.\\d{2}-\\d{5}(?:\\s*\\([A-Z]\\))?)"
            + "(?:\\s+([A-Z]{1,6}(?:/[A-Za-z0-9.\\-]+)+(?:\\s+(?:English|French|Spanish|Français|Español))?(?:\\s+(?i:page|página)\\s+\\d+)?))?\\s+");
    /** An annex's heading after a page break ("Annex 1 Statement adopted by …"): the heading is a line of its own. */
    private static final Pattern ANNEX_HEADING = Pattern.compile(
            "(?m)^((?:Annex|ANNEX|Annexe|ANNEXE|Anexo|ANEXO)(?:\\s+(?:[IVX]+|\\d+))?)(?!\\s+(?:[IVX]+\\s+|\\d+\\s+)?(?:to|à|al|de)\\b)\\h+(?=\\p{Lu}\\p{Ll})");
    /** Sentence ends in a text with no line breaks at all: each sentence starts a paragraph. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[a-z0-9)”\"’][.])(?<!\\b(?:Mr|Ms|Mrs|Dr|No|Nos|St|Sr|Sra|Mme|M)\\.)\\s+(?=[A-Z(“\"])");
    /** In a meeting record on one line: an item heading and the documents under it start paragraphs. */
    private static final Pattern ITEM_HEADING = Pattern.compile(
            "\\s+(?=Agenda items?\\s+\\d+(?:\\s*\\([a-z]\\))?\\s*\\(\\s*continued\\s*\\)|Draft (?:resolutions?|decisions?)\\s+\\(|Reports? of the [A-Z])");
    private static final Pattern ITEM_HEADING_END = Pattern.compile("(Agenda items?\\s+\\d+(?:\\s*\\([a-z]\\))?\\s*\\(\\s*continued\\s*\\))\\s+");
    /** A signature block and an annex heading start paragraphs; a signature's rank and post start lines. */
    private static final Pattern BLOCK_START = Pattern.compile("\\s+(?=\\(Signed\\)|\\(Firmado\\)|\\(Signé\\)|Annex(?:\\s+[IVX]+)?\\s+to\\s+the\\b|Enclosure\\b)");
    private static final Pattern SIGNATURE_LINES = Pattern.compile(
            "(?<=\\S)\\s+(?=Ambassador\\b|Permanent Representative\\b|Permanent Observer\\b|Deputy Permanent Representative\\b|Chargé d[’']affaires\\b|Minister\\b|President of\\b|Secretary-General\\b)");

    /** Where the body starts, which ends the masthead's region: a letter's, a note verbale's or a record's first words. */
    private static final Pattern BODY_START = Pattern.compile("(?:" + Headings.BODY_OPENING + ")(?=\\s)|The meeting was called to order|Upon instructions? of|The (?:Permanent )?(?:Mission|Delegation) of \\S.{0,120}? presents its compliments|" + ORGAN_OPENING + "|The (?:Commission|Committee),|(?<=\\. )[A-Z][a-z]+ [a-z]+ [a-z]+ [a-z]+ [a-z]+ ");
    /** A signature printed without "(Signed)": a name whose surname is in capitals, then a rank or a post. */
    private static final Pattern UNSIGNED_SIGNATURE = Pattern.compile(
            "(?<=[.)”\"]\\h)(?<!\\((?:Signed|Firmado|Signé)\\)\\h)(\\p{Lu}\\p{Ll}+(?:[\\h-]\\p{Lu}\\p{Ll}+|\\h\\p{Lu}\\.)*(?:\\h+\\p{Lu}{2,}(?:[\\h-]\\p{Lu}{2,})*))"
            + "\\h+(?=Ambassador\\b|Permanent\\h+(?:Representative|Observer)\\b|Chargé\\h+d[’']affaires\\b|Minister\\b)");
    /** "Ambassador Permanent Representative" at a line's start: the rank and the post are lines of their own. */
    private static final Pattern RANK_BEFORE_POST = Pattern.compile("(?m)^(Ambassador)\\h+(?=Permanent\\h|Deputy\\h|Chargé\\h)");
    private static final Pattern SIGNED_BLOCK = Pattern.compile("\\((?:Signed|Firmado|Signé)\\)[^\\n]*");

    private LostLineBreaks() {
    }

    /**
     * The names of the table's bodies in English, French and Spanish, and their aliases, of two words at least (an
     * acronym, "UNGA", would start lines inside sentences), as an alternation.
     */
    private static String bodyNames() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (org.w3id.unld.reference.UnBody b : org.w3id.unld.reference.UnBodies.standard().all()) {
            for (String language : new String[]{"en", "fr", "es"}) {
                if (b.name(language) != null) {
                    names.add(b.name(language));
                }
            }
            names.addAll(b.aliases());
        }
        names.removeIf(n -> n.strip().split("\\s+").length < 2);
        return org.w3id.unld.reference.UnBodies.alternation(names);
    }

    /** Whether {@code text} lost its line breaks: none in its head, or masthead fields run together there. */
    static boolean lost(String text) {
        int head = Math.min(text.length(), HEAD);
        int firstBreak = text.indexOf('\n');
        int start = 0;
        while (start < head && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int lineEnd = text.indexOf('\n', start);
        // A first line of hundreds of characters that holds masthead fields (a paragraph of a Word-derived text holds none).
        int firstLineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (firstLineEnd - start > 400 && MASTHEAD_MARK.matcher(text).region(start, Math.min(firstLineEnd, start + 600)).find()) {
            return true;
        }
        return (firstBreak < 0 && text.length() > 200 && MASTHEAD_MARK.matcher(text).region(0, head).find())
                || RUN_TOGETHER.matcher(text).region(0, Math.min(head, RUN_TOGETHER_REACH)).find()
                || runIntoField(text, Math.min(head, RUN_TOGETHER_REACH));
    }

    /**
     * Whether, before {@code end}, an organ runs into the symbol ("Consejo de SeguridadS/2017/68", {@link #ORGAN_INTO_SYMBOL})
     * or the original's language into the heading ({@link #LANGUAGE_INTO_HEADING}). Looked for from the slashes and the
     * word "Original" rather than by a pattern tried at every character: every document passes here.
     */
    private static boolean runIntoField(String text, int end) {
        Matcher glued = ORGAN_INTO_SYMBOL_AT.matcher(text).useTransparentBounds(true);
        for (int slash = text.indexOf('/'); slash >= 0 && slash < end; slash = text.indexOf('/', slash + 1)) {
            int series = slash;
            while (series > 0 && slash - series < 6 && text.charAt(series - 1) >= 'A' && text.charAt(series - 1) <= 'Z') {
                series--;
            }
            // The series' letters before the slash: the rule is tried there only.
            if (series < slash && glued.region(series, text.length()).lookingAt()) {
                return true;
            }
        }
        int original = text.indexOf("riginal");
        int capitals = text.indexOf("RIGINAL");
        int first = original < 0 ? capitals : capitals < 0 ? original : Math.min(original, capitals);
        return first > 0 && first < end && LANGUAGE_INTO_HEADING.matcher(text).region(first - 1, end).find();
    }

    /** A symbol a layout broke after its addendum's or revision's "Add." / "Rev." / "Corr.": "…/L.385/Add." and "3" below. */
    private static final Pattern SPLIT_SYMBOL_PART = Pattern.compile("(?m)(/(?:Add|Rev|Corr)\\.)[ \\t]*\\n(?:[ \\t]*\\n){0,2}[ \\t]*(\\d{1,3})[ \\t]*$");

    /** The text with its lost line breaks put back; a text that has them comes back unchanged, but for a symbol broken after its "Add.". */
    static String restore(String text) {
        text = SPLIT_SYMBOL_PART.matcher(cellBreaks(text)).replaceAll("$1$2");
        if (!lost(text)) {
            return text;
        }
        // A whole text on one line, or on a few lines each of many paragraphs (a web copy cut into pieces).
        boolean oneLine = text.strip().indexOf('\n') < 0 || longestLine(text) > 2000
                || text.length() > 300 * text.strip().split("\n+").length;
        Head end = head(text);
        String head = withoutOcrDebris(text.substring(0, end.end()));
        String body = text.substring(end.end());
        head = GLUED.matcher(head).replaceAll("\n");
        head = FIELD_START.matcher(head).replaceAll("\n");
        head = ADOPTION_BRACKETS.matcher(head).replaceAll("\n");
        head = DATE_START.matcher(head).replaceAll("\n");
        head = AGENDA_LINE_END.matcher(head).replaceAll("$1\n");
        head = PARAGRAPH_START.matcher(head).replaceAll("\n\n");
        head = AFTER_TIME.matcher(head).replaceAll("\n");
        head = VENUE_START.matcher(head).replaceAll("\n");
        head = VENUE_END.matcher(head).replaceAll("$1\n");
        head = SYMBOL_START.matcher(head).replaceAll("\n");
        head = DATE_AFTER_SYMBOL.matcher(head).replaceAll("$1\n");
        head = WORDS_AFTER_SYMBOL.matcher(head).replaceAll("$1\n");
        head = AGENDA_HEADING.matcher(head).replaceAll("$1\n");
        head = UN_IN_CAPITALS.matcher(head).replaceAll("\n$1\n");
        head = PAGE_NUMBER_BEFORE_UN.matcher(head).replaceAll("");
        head = SUMMARY_AFTER_GENRE.matcher(head).replaceAll("\n\n");
        head = repeatedTitles(head);
        head = LANGUAGE_LINE_END.matcher(head).replaceAll("$1\n");
        head = HEADING_END.matcher(head).replaceAll("$1\n\n");
        if (oneLine) {
            head = pageBreaks(head);
            body = pageBreaks(body);
            body = UNSIGNED_SIGNATURE.matcher(body).replaceAll("\n\n$1\n");
            body = RANK_BEFORE_POST.matcher(body).replaceAll("$1\n");
            body = HEADING_END.matcher(body).replaceAll("$1\n\n");
            body = BLOCK_START.matcher(body).replaceAll("\n\n");
            body = ITEM_HEADING.matcher(body).replaceAll("\n\n");
            body = ITEM_HEADING_END.matcher(body).replaceAll("$1\n");
            body = SENTENCE_END.matcher(body).replaceAll("\n\n");
            body = signatureLines(body);
        }
        // The body's first sentence is a paragraph of its own, whether the head ended there or at its limit.
        boolean paragraph = oneLine || end.bodyFollows();
        return paragraph ? head.stripTrailing() + "\n\n" + body.stripLeading() : head + body.stripLeading();
    }

    /** How far into a text a masthead's table cells may be marked by slashes. */
    private static final int CELLS = 600;
    /** A slash a web copy put for a table cell's edge: at a line's start ("/ HSP/GC/20/1/Add.1"), or between two fields. */
    private static final Pattern CELL_EDGE = Pattern.compile(
            "(?m)^\\h*/\\h+|\\h+/\\h+(?=[A-Z]{1,6}(?:\\.\\d+)?/[A-Z0-9]|Economic and Social|General Assembly|Security Council|Distr\\b|United Nations\\b)");

    /** The text with the slashes that stand for a masthead's cell edges turned into line breaks ("United Nations / ECE/TRANS/…"). */
    static String cellBreaks(String text) {
        int end = Math.min(text.length(), CELLS);
        Matcher m = CELL_EDGE.matcher(text).region(0, end);
        if (!m.find()) {
            return text;
        }
        m.reset();
        m.region(0, end);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, m.group().startsWith("/") || m.group().strip().equals("/") && m.start() > 0
                    && text.charAt(m.start() - 1) == '\n' ? "" : "\n");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Where the head of a text ends, and whether the body's first sentence starts there (or only the head's limit). */
    private record Head(int end, boolean bodyFollows) {
    }

    /** The masthead's end: the first sentence of the body ("I have the honour", "The General Assembly,"), or the head's limit. */
    private static Head head(String text) {
        int limit = Math.min(text.length(), HEAD);
        Matcher body = BODY_START.matcher(text);
        boolean bodyFound = body.region(0, limit).find();
        int end = bodyFound ? body.start() : limit;
        // A letter's heading ends the head too, though its first sentence starts with words no list holds.
        Matcher heading = HEADING_END.matcher(text);
        if (heading.region(0, end).find()) {
            return new Head(Math.min(end, heading.end(1)), true);
        }
        return new Head(end, bodyFound);
    }

    /** The shortest repetition that tells an agenda item's title from the document's: twenty characters. */
    private static final int REPEATED = 20;

    /**
     * A line on which a title is printed twice in a row, the second time with a capital: the agenda item's title and
     * the document's, which repeats its last words ("… : estadísticas del comercio internacional de mercancías
     * Estadísticas del comercio internacional de mercancías"). The second starts a line of its own.
     */
    static String repeatedTitles(String head) {
        StringBuilder out = new StringBuilder(head.length() + 8);
        int lineStart = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
            } else if (Character.isUpperCase(c) && i - lineStart > REPEATED && head.charAt(i - 1) == ' ' && repeatsBefore(head, lineStart, i)) {
                out.setLength(out.length() - 1);
                out.append('\n');
                lineStart = i;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether the words from {@code at} to the line's end, twenty characters at least, end the text before {@code at}. */
    private static boolean repeatsBefore(String head, int lineStart, int at) {
        int lineEnd = head.indexOf('\n', at);
        int length = (lineEnd < 0 ? head.length() : lineEnd) - at;
        int before = at - 1; // the space
        return length >= REPEATED && before - lineStart >= length
                && head.regionMatches(true, before - length, head, at, length);
    }

    /** The head without the {@link #OCR_DEBRIS} among its words. */
    private static String withoutOcrDebris(String head) {
        return OCR_DEBRIS.matcher(head).replaceAll(m -> {
            String run = m.group(1); // the run itself, without the specks around it
            int wordChars = 0;
            for (int k = 0; k < run.length(); k++) {
                wordChars += Character.isLetterOrDigit(run.charAt(k)) ? 1 : 0;
            }
            return 2 * wordChars < run.length() ? "" : Matcher.quoteReplacement(m.group());
        });
    }

    private static String pageBreaks(String text) {
        text = PAGE_BREAK.matcher(text).replaceAll(m -> "\n\n" + Matcher.quoteReplacement(m.group(1))
                + (m.group(2) == null ? "" : "\n" + Matcher.quoteReplacement(m.group(2))) + "\n\n");
        return ANNEX_HEADING.matcher(text).replaceAll("$1\n\n");
    }

    private static String signatureLines(String body) {
        Matcher m = SIGNED_BLOCK.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(SIGNATURE_LINES.matcher(m.group()).replaceAll("\n")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int longestLine(String text) {
        int longest = 0;
        int from = 0;
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            longest = Math.max(longest, end - from);
            from = end + 1;
        }
        return longest;
    }
}
