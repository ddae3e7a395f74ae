package org.w3id.unld.parse;

import org.w3id.unld.reference.UnBodies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's own heading after the masthead: a letter's or note's title ("Letter dated … addressed
 * to …"), a resolution's title without its number ("73/3. Political declaration …"), a draft's title
 * under its sponsors line, a report's title above "Report of the Secretary-General", a note or
 * statement heading. Says what kind of heading it found, which the classifier uses.
 */
final class TitleParser {
    private static final UnBodies BODIES = UnBodies.standard();

    enum Kind {
        LETTER, IDENTICAL_LETTERS, NOTE_VERBALE, RESOLUTION, SC_RESOLUTION, DECISION, DRAFT_RESOLUTION, DRAFT_DECISION,
        AMENDMENT, REPORT, NOTE, STATEMENT, AGENDA, OTHER, NONE
    }

    /**
     * @param line      where the title starts (0-based), or -1
     * @param end       the first line after the heading block
     * @param sponsorsText the text before ": draft resolution", or null
     */
    record Heading(String title, Kind kind, int line, int end, String sponsorsText) {
        Heading {
            // Whichever way the title was put together: never what a copy ran into it.
            title = TitleRunIns.without(title);
        }
    }

    /**
     * A letter's or note's heading, in English, French or Spanish: "Letter dated …", "Identical letters dated …",
     * "Note verbale dated …", "Lettre datée du …", "Lettres identiques datées du …", "Note verbale datée du …",
     * "Carta de fecha …", "Cartas idénticas de fecha …", "Nota verbal de fecha …".
     */
    /** What may follow a place and dates on their line: nothing, or a page number. */
    private static final Pattern VENUE_TAIL = Pattern.compile("\\s*(?:\\d{1,3})?\\s*");
    private static final Pattern LETTER = Pattern.compile("^(?:(" + Headings.IDENTICAL_LETTERS_WORDS + ")|(" + Headings.NOTE_VERBALE_WORDS
            + ")|" + Headings.LETTER_WORDS + ")\\s+(?:" + Headings.DATED_WORDS + "|from)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Resolution adopted by …", "Résolution adoptée par …", "Resolución aprobada por …" (and decisions). */
    private static final Pattern ADOPTED = Pattern.compile(
            "^(resolution|decision|r[ée]solution|d[ée]cision|resoluci[óo]n|decisi[óo]n)s?"
                    // A compilation of both: "Resolutions and decisions adopted by the Economic and Social Council at …".
                    + "(?:\\s+(?:and|et|y)\\s+(?:decisions|d[ée]cisions|decisiones))?"
                    + "\\s+(?:adopted\\s+by|adopt[ée]e?s?\\s+par|aprobadas?\\s+por|adoptadas?\\s+por)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BRACKETED = Pattern.compile("^\\[.*$");
    /** "CONSIDERATION OF REPORTS SUBMITTED BY STATES PARTIES UNDER ARTICLE 9 …", in English, French and Spanish. */
    private static final Pattern STATES_PARTIES_REPORTS = Pattern.compile(
            "(?iu)^(?:consideration\\s+of\\s+reports\\s+submitted\\s+by\\s+states\\s+parties"
                    + "|examen\\s+des\\s+rapports\\s+(?:pr[ée]sent[ée]s|soumis)\\s+par\\s+les\\s+[ée]tats\\s+parties"
                    + "|examen\\s+de\\s+los\\s+informes\\s+presentados\\s+por\\s+los\\s+estados\\s+partes)\\b");
    /** "Addendum", "Adición**", "Corrigendum": the line that says which part the document is ends its title. */
    private static final Pattern PART_LINE = Pattern.compile(
            "(?iu)(?:Addendum|Additif|Adición|Corrigendum|Rectificatif|Corrección|Revision|Révision|Revisión)\\s*\\d*\\s*\\**");
    /** "73/3. Title", "2013/39. Title", "S-27/2. Title", "PRST 35/1. Title", "1392 (XIV). Title", "19/26" alone. */
    /** The word before a decision's number ("Decision 51/401"). */
    private static final Pattern NUMBER_WORD = Pattern.compile("^(?:Decision|D[ée]cision|Decisi[óo]n)\\s+");
    private static final Pattern NUMBERED = Pattern.compile(
            // "Decision 51/401" over its title, in English, French and Spanish.
            "^(?:PRST\\s+(?:OS/)?|(?:Decision|D[ée]cision|Decisi[óo]n)\\s+)?(?:[A-Z]{1,2}-)?(?:\\d{1,4}/\\d{1,4}|\\d{1,4}\\s?\\([IVXLC]+\\))(?:\\s?[A-Z])?\\.?"
                    // "41/18.Mandat de l’Expert …": a copy that lost the space after the number's full stop.
                    + "(?:(?:\\s+|(?<=\\.)(?=\\p{Lu}))(.+))?$");
    private static final Pattern SC_RESOLUTION = Pattern.compile(
            // "Résolution 1672 (2006)", "Resolución 1672 (2006)": the Council's resolution in French and Spanish.
            "^(?:(?:Resolution|RESOLUTION|R[ée]solution|RÉSOLUTION|Resoluci[óo]n|RESOLUCI[ÓO]N)\\s+\\d{1,4}\\s*\\((?:19|20)\\d[\\d\\-]{1,2}\\)"
                    + "|\\d{1,4}\\s*\\((?:19|20)\\d\\d\\)\\.?\\s+(?:Resolution|RESOLUTION)\\s+(?:of|OF)\\b)");
    private static final Pattern DRAFT_ALONE = Pattern.compile(
            "^(?:revised\\s+)?(?:draft|projet\\s+de|proyecto\\s+de)\\s+(resolution|decision|r[ée]solution|d[ée]cision|resoluci[óo]n|decisi[óo]n)"
                    // The number a convention body's draft will get: "Draft decision -/CP.17", "[-/CMP.7]".
                    + "(?:\\s+\\[?[-–]?/(?:CP|CMP|CMA|COP|MOP)\\.\\d{1,2}\\]?)?"
                    + "(?:\\s+(?:submitted|proposed)\\s+by\\b.*|\\s+(?:présenté|presentado)\\s+par?\\b.*)?\\s*\\**$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern REPORT_BY = Pattern.compile(
            "^(?:(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|first|second|third|final|interim|special|progress|further|annual|consolidated)\\s+)*(?:progress\\s+)?report\\s+(?:of|by)\\s+the\\b.*$",
            Pattern.CASE_INSENSITIVE);
    /** "Rapport du Secrétaire général", "Informe del Secretario General" (and of other offices): the genre line under a subject. */
    private static final Pattern ROMANCE_REPORT_OF = Pattern.compile(
            "^(?:(?:premier|deuxième|troisième|quatrième|primer|segundo|tercer|cuarto)\\s+)?(?:rapport\\s+(?:du|de\\s+la|de\\s+l[’'])|informe\\s+(?:del|de\\s+la))\\s+(?:Secr[ée]taire\\s+g[ée]n[ée]ral|Secretario\\s+General|Directeur|Directora?|Haut-Commissaire|Alto\\s+Comisionado|Comit[ée]|Commission|Comisi[óo]n|Conseil|Consejo|Groupe\\s+de\\s+travail|Grupo\\s+de\\s+Trabajo|Bureau|Mesa)\\b[^.]{0,60}\\**$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern REPORT_OF_SG = Pattern.compile(
            "^(?:(?:annual|special|interim|progress|final|further|consolidated)\\s+)?report\\s+of\\s+the\\s+(?:Secretary-General|Executive\\s+Director|High\\s+Commissioner|Administrator|Director-General|Special\\s+Rapporteur|Independent\\s+Expert|Board|Committee|Commission|Working\\s+Group|Advisory\\s+Committee)\\b[^.]{0,40}\\**$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE_BY = Pattern.compile("^(?:note\\s+(?:by|of)\\s+the|note\\s+d[ue]s?\\s+(?:la\\s+|l[’'])?|nota\\s+del?\\s+(?:la\\s+)?"
            // A memorandum is a note: "Memorandum by the Secretary-General", "Mémoire du Secrétaire général", "Memorando del …".
            + "|memorandum\\s+by\\s+the|m[ée]moire\\s+du|memorando\\s+del)\\s*.{3,80}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Whether a title names a provisional agenda or the preliminary list of its items, in English, French or Spanish. */
    static boolean isAgendaTitle(String title) {
        return AGENDA_TITLE.matcher(title).lookingAt();
    }

    private static final Pattern STATEMENT = Pattern.compile("^(?:statement\\s+by\\s+the\\s+(?:president|chair)|president[’']s\\s+statement)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Provisional agenda", "PROVISIONAL AGENDA AND ANNOTATIONS THERETO", "Annotated provisional agenda for …". */
    private static final Pattern AGENDA = Pattern.compile("^(?:annotated\\s+)?(?:revised\\s+)?provisional\\s+agenda"
            + "(?:\\s+and\\s+annotations(?:\\s+thereto)?|\\s+for\\b.*)?\\s*\\**$", Pattern.CASE_INSENSITIVE);
    /**
     * The agenda a body adopted, in English, French or Spanish: "AGENDA OF THE FIFTY-SECOND REGULAR SESSION OF THE GENERAL
     * ASSEMBLY", "Ordre du jour de la soixantième session", "Programa del sexagésimo período de sesiones".
     */
    private static final Pattern ADOPTED_AGENDA = Pattern.compile(
            "^(?:agenda\\s+of\\s+the|ordre\\s+du\\s+jour\\s+de\\s+la|programa\\s+del)\\s+.{0,80}?\\b(?:session|per[ií]odo\\s+de\\s+sesiones)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A title that names a provisional agenda, in English, French or Spanish ("Annotated provisional agenda and …"). */
    private static final Pattern AGENDA_TITLE = Pattern.compile(
            "^(?:annotated\\s+|revised\\s+)*(?:provisional\\s+agenda|ordre\\s+du\\s+jour\\s+provisoire|programa\\s+provisional"
                    // The annotated preliminary list of items for the Assembly's next session is its agenda's first form.
                    + "|preliminary\\s+list\\s+of\\s+items|liste\\s+pr[ée]liminaire|lista\\s+preliminar)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where a body starts: the first words of letters, resolutions and reports. */
    private static final Pattern BODY = Pattern.compile(
            "^(?:" + Headings.BODY_OPENING + "|On\\s+behalf\\s+of"
                    + "|The\\s+(?:General\\s+Assembly|Security\\s+Council|Economic\\s+and\\s+Social\\s+Council|Human\\s+Rights\\s+Council|Conference|Commission|Council|Governing\\s+Council|United\\s+Nations\\s+Environment\\s+Assembly|Assembly|Executive\\s+Board)\\b.{0,40},$"
                    + "|The\\s+Permanent\\s+Mission\\b|The\\s+Secretary-General\\s+(?:presents|has\\s+the\\s+honour)|Contents$|Summary$|Introduction$"
                    // A table of contents run into its first entries: "Table des matières Paragraphes Page I. Présidence …".
                    + "|(?:Contents|Table\\s+des\\s+mati[èe]res|[ÍI]ndice)\\s+(?:Paragraphs|Paragraphes|P[áa]rrafos|Pages?|P[áa]ginas?)\\b"
                    + "|(?:Resolution|Decision|RESOLUTION)\\s+of\\s+\\d|(?:[IVX]+|\\d{1,2})\\.\\s|[A-H]\\.\\s|Chapter\\s|Section\\s\\d|At\\s+(?:the|its)\\s+\\d"
                    // A presidential statement's opening in French and Spanish: "À sa 5422e séance, le …", "En su 5422ª sesión, …".
                    + "|[ÀA]\\s+sa\\s+\\d|En\\s+su\\s+\\d|We,\\s|Dear\\s|Sir,|Excellency,|Mr\\.\\s+President,)",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_TITLE_LINES = 6;
    /** "ANNEX", "Annexe", "ANEXO*" alone on a line. */
    private static final Pattern ANNEX_ALONE = Pattern.compile("(?iu)(?:annex|annexe|anexo)\\s*\\**");
    /** A list of States that goes on: a name and its comma, with a footnote mark between ("Morocco,", "Lebanon,*"). */
    private static final Pattern LIST_GOES_ON = Pattern.compile("\\p{L},\\s*\\**\\s*$");
    /** A reissue or footnote line printed above the heading ("* Reissued for technical reasons on 25 February 2016."). */
    private static final Pattern FOOTNOTE_LINE = Pattern.compile("^(?:\\*|Reissued\\s+for\\s+technical\\s+reasons\\b)");
    /**
     * The line that says when a resolution was adopted, over its preamble in a copy without masthead: "Adopted by the Security
     * Council at its 287th meeting, …", "Aprobada por el Consejo de Seguridad en su 4489ª sesión, …". Never the title.
     */
    private static final Pattern ADOPTION_LINE = Pattern.compile(
            "(?iu)^(?:adopted|adopt[ée]e|aprobada|adoptada)\\s+(?:by|par|por)\\s+(?:the|le|la|el|l[’'])\\s*.{0,80}?\\b(?:meeting|s[ée]ance|sesi[oó]?n)\\b");
    /** Genre lines above a subject heading, like "Note by …": the subject is the title. */
    private static final Pattern GENRE = Pattern.compile(
            "^(?:Secretary-General[’']s\\s+bulletin|Administrative\\s+instruction|Information\\s+circular)\\s*\\**$", Pattern.CASE_INSENSITIVE);

    private TitleParser() {
    }

    static Heading parse(TextLines lines, int from) {
        return parse(lines, from, true);
    }

    /**
     * @param underMasthead whether a masthead was read above {@code from}: front matter it left (a session line, its place
     *                      and dates, masthead fields it could not follow) is then passed over; without one, such lines may
     *                      be a title block with its masthead under it
     */
    static Heading parse(TextLines lines, int from, boolean underMasthead) {
        int i = lines.nextContent(from);
        // A few blocks may stand before the heading proper ("Resolution adopted by …", "[on the report of …]").
        for (int guard = 0; guard < 12 && i < lines.size(); guard++) {
            String line = lines.get(i);
            Matcher m;
            // "ANEXO*" over a treaty body's views, which it issued as an annex to its report: the heading follows.
            if (FOOTNOTE_LINE.matcher(line).lookingAt() || underMasthead && isFrontMatter(line) || isDebris(line)
                    || isDateAlone(line) || ADOPTION_LINE.matcher(line).lookingAt()
                    || ANNEX_ALONE.matcher(line).matches() && i + 1 < lines.size()) {
                i = lines.nextContent(i + 1);
                continue;
            }
            boolean runsOn = i + 1 < lines.size() && !lines.isBlank(i + 1);
            if ((STATES_PARTIES_REPORTS.matcher(line).lookingAt()
                    || runsOn && STATES_PARTIES_REPORTS.matcher(line + " " + lines.get(i + 1)).lookingAt()) && i + 1 < lines.size()) {
                // A treaty body's standing heading over its concluding observations: the title is the next heading. In
                // capitals it may take two or three lines ("EXAMEN DE LOS INFORMES PRESENTADOS POR LOS ESTADOS" / "PARTES EN
                // VIRTUD DEL ARTÍCULO 44 DE LA CONVENCIÓN").
                int k = i + 1;
                boolean inCapitals = Titles.isUpperCase(line);
                while (inCapitals && k < lines.size() && k < i + 3 && !lines.isBlank(k) && Titles.isUpperCase(lines.get(k))) {
                    k++;
                }
                i = lines.nextContent(Math.max(k, skipBlock(lines, i)));
                continue;
            }
            int letterLine = letterAfterBodyLines(lines, i);
            if (letterLine > i) {
                // "Committee on Relations with the Host Country" printed above a letter's heading names a body, not the title.
                i = letterLine;
                continue;
            }
            if (DECISION_ALONE.matcher(line).matches()) {
                // A treaty body's decision on a communication: "DECISIÓN", "DÉCISION", "DECISION" alone.
                return new Heading(Titles.clean(line), Kind.DECISION, i, i + 1, null);
            }
            if (SALUTATION.matcher(line).matches()) {
                // "Monsieur le Délégué," with no heading above it: a letter that prints no title (1940s–1970s).
                return new Heading(null, Kind.LETTER, -1, i, null);
            }
            int afterBody = afterTableBody(lines, i);
            if (afterBody > i) {
                // "COMMISSION ON HUMAN RIGHTS" / "Sub-Commission on Prevention of" / "Discrimination …": the bodies the
                // report comes from, printed over its title, are not the title.
                i = lines.nextContent(afterBody);
                continue;
            }
            if (LETTER.matcher(line).lookingAt()) {
                Matcher letter = LETTER.matcher(line);
                letter.lookingAt();
                Kind kind = letter.group(1) != null ? Kind.IDENTICAL_LETTERS : letter.group(2) != null ? Kind.NOTE_VERBALE : Kind.LETTER;
                return heading(lines, i, kind, null, true);
            }
            if ((m = ADOPTED.matcher(line)).lookingAt()) {
                Kind kind = isDecision(m.group(1)) ? Kind.DECISION : Kind.RESOLUTION;
                if (line.charAt(m.end(1)) == 's' || line.charAt(m.end(1)) == 'S') {
                    // "Decisions adopted by the Executive Board during 2003": a compilation, whose heading is its title.
                    return heading(lines, i, kind, null, false);
                }
                int j = skipBlock(lines, i);
                j = lines.nextContent(j);
                while (j < lines.size() && BRACKETED.matcher(lines.get(j)).matches()) {
                    j = lines.nextContent(skipBracket(lines, j));
                }
                if (j < lines.size()) {
                    Matcher n = NUMBERED.matcher(lines.get(j));
                    if (n.matches()) {
                        return numbered(lines, j, n, kind);
                    }
                    if (!BODY.matcher(lines.get(j)).lookingAt()) {
                        return heading(lines, j, kind, null, false);
                    }
                }
                return new Heading(null, kind, -1, j, null);
            }
            if (BRACKETED.matcher(line).matches()) {
                i = lines.nextContent(skipBracket(lines, i));
                continue;
            }
            if (SC_RESOLUTION.matcher(line).lookingAt()) {
                return new Heading(null, Kind.SC_RESOLUTION, i, i + 1, null);
            }
            if (STATEMENT.matcher(line).lookingAt()) {
                int j = lines.nextContent(i + 1);
                Matcher n = j < lines.size() ? NUMBERED.matcher(lines.get(j)) : null;
                if (n != null && n.matches() && lines.get(j).startsWith("PRST")) {
                    Heading h = numbered(lines, j, n, Kind.STATEMENT);
                    return h;
                }
                return new Heading(Titles.clean(line), Kind.STATEMENT, i, i + 1, null);
            }
            Matcher numbered = NUMBERED.matcher(line);
            if (numbered.matches() && (numbered.group(1) != null || NUMBER_WORD.matcher(line).replaceFirst("").length() < 12)) {
                return numbered(lines, i, numbered, Kind.RESOLUTION);
            }
            int blockEnd = blockEnd(lines, i);
            String block = join(lines, i, blockEnd);
            // A double-spaced copy: the sponsors run on across blank lines ("…, Jordan,* Lebanon,* Morocco," / / "Oman, …,* and
            // Palestine: draft resolution").
            for (int more = 0; more < 4 && LIST_GOES_ON.matcher(block).find() && block.length() < 6000; more++) {
                int next = lines.nextContent(blockEnd);
                if (next >= lines.size() || next - blockEnd > 2 || !Character.isUpperCase(lines.firstChar(next))) {
                    break;
                }
                int nextEnd = blockEnd(lines, next);
                block = block + " " + join(lines, next, nextEnd);
                blockEnd = nextEnd;
            }
            int genre = lines.nextContent(blockEnd);
            if (block.endsWith(":") && genre < lines.size() && genre - blockEnd <= 2 && DRAFT_ALONE.matcher(lines.get(genre)).matches()) {
                // The sponsors' colon, a blank line, then the genre: "Guinea, India, …, Yugoslavia:" / / "draft resolution".
                block = block + " " + lines.get(genre).strip();
                blockEnd = genre + 1;
            }
            // All 193 Member States and the observers, as printed, take about 3,500 characters.
            if (Headings.SPONSOR_LINE.matcher(block).find() && block.length() < 6000) {
                return draft(lines, i, blockEnd, block);
            }
            int sponsorsEnd = Headings.sponsorsEnd(lines, i, blockEnd);
            if (sponsorsEnd > i) {
                // PDF text without blank lines: the sponsors end at the line that ends with ": draft resolution".
                return draft(lines, i, sponsorsEnd, join(lines, i, sponsorsEnd));
            }
            if ((m = DRAFT_ALONE.matcher(line)).matches()) {
                Kind kind = isDecision(m.group(1)) ? Kind.DRAFT_DECISION : Kind.DRAFT_RESOLUTION;
                // "Draft resolution submitted by the Chair of the Committee following" / "informal consultations"
                int j = i + 1;
                while (j < lines.size() && !lines.isBlank(j) && Titles.continues(lines.get(j - 1), lines.get(j))) {
                    j++;
                }
                j = lines.nextContent(j);
                if (j >= lines.size()) {
                    return new Heading(null, kind, -1, j, null);
                }
                Heading h = heading(lines, j, kind, null, false);
                return h;
            }
            if (AGENDA.matcher(line).matches()) {
                return new Heading(Titles.clean(line), Kind.AGENDA, i, i + 1, null);
            }
            if (ADOPTED_AGENDA.matcher(line).lookingAt()) {
                Heading h = heading(lines, i, Kind.AGENDA, null, false);
                return new Heading(h.title(), Kind.AGENDA, h.line(), h.end(), null);
            }
            if (NOTE_BY.matcher(line).matches() && !line.endsWith(".") || GENRE.matcher(line).matches()) {
                Kind kind = GENRE.matcher(line).matches() ? Kind.OTHER : Kind.NOTE;
                // The subject heading under "Note by the President of the Security Council" is the note's title.
                int j = lines.nextContent(i + 1);
                if (j < lines.size() && isSubject(lines.get(j))) {
                    Heading h = heading(lines, j, kind, null, false);
                    return new Heading(h.title(), kind, h.line(), h.end(), null);
                }
                return new Heading(Titles.clean(line), kind, i, i + 1, null);
            }
            if (Titles.isUpperCase(line) && line.length() < 80 && !line.contains("REPORT") && !line.contains("LETTER")) {
                // A compilation's subject heading above a Security Council resolution ("MILITARY STAFF COMMITTEE").
                int j = lines.nextContent(i + 1);
                if (j < lines.size() && SC_RESOLUTION.matcher(lines.get(j)).lookingAt()
                        && !Titles.continuesAcrossBlank(line, lines.get(j)) && !line.endsWith("COUNCIL")) {
                    return new Heading(null, Kind.SC_RESOLUTION, j, j + 1, null);
                }
            }
            Heading contentsFirst = titleInContents(lines, i);
            if (contentsFirst != null) {
                return contentsFirst;
            }
            if (BODY.matcher(line).lookingAt() || line.length() > 400 || AgendaParser.isListOfNames(line)) {
                // A list of States with no genre after it is a draft's sponsors that the copy cut: no title.
                return new Heading(null, Kind.NONE, -1, i, null);
            }
            int draft = draftAfterIntroduction(lines, i);
            if (draft > i) {
                // "Under agenda item 121, … the Bureau has prepared a provisional programme of work." / "Draft decision":
                // an introductory paragraph before the draft's own heading.
                i = draft;
                continue;
            }
            // A title block; what follows it tells its kind ("Report of the Secretary-General", "Note by …").
            Heading h = heading(lines, i, Kind.OTHER, null, false);
            int next = lines.nextContent(h.end());
            if (next < lines.size()) {
                String after = lines.get(next);
                if (REPORT_OF_SG.matcher(after).matches() || ROMANCE_REPORT_OF.matcher(after).matches()
                        || REPORT_BY.matcher(after).matches() && after.length() < 80) {
                    return new Heading(h.title(), Kind.REPORT, h.line(), next + 1, null);
                }
                if (NOTE_BY.matcher(after).matches() && !after.endsWith(".")) {
                    // "Annotated provisional agenda …" / "Note by the secretariat": the agenda, which the secretariat presents.
                    Kind kind = h.title() != null && AGENDA_TITLE.matcher(h.title()).lookingAt() ? Kind.AGENDA : Kind.NOTE;
                    return new Heading(h.title(), kind, h.line(), next + 1, null);
                }
            }
            if (h.title() != null && REPORT_BY.matcher(h.title()).matches()) {
                return new Heading(h.title(), Kind.REPORT, h.line(), h.end(), null);
            }
            if (isProse(h.title())) {
                // "As I informed the members of the Security Council at the conclusion of yesterday's meeting, …": a letter
                // that prints no heading starts with its body.
                return new Heading(null, Kind.NONE, -1, i, null);
            }
            Heading named = namingHeadingAfter(lines, h.end(), underMasthead);
            return named != null ? named : h;
        }
        return new Heading(null, Kind.NONE, -1, i, null);
    }

    /** How many lines after a title block a heading that names the document may follow it. */
    private static final int NAMING_HEADING_LINES = 8;

    /**
     * The heading that names the document ("Letter dated …", "Decisions adopted by the Executive Board during 1997",
     * "ORDRE DU JOUR PROVISOIRE ET ANNOTATIONS") within a few lines after a block that names no genre, before the body
     * starts; or null. The block above it was an agenda item's title or a body's name that the masthead reader left
     * ("HUMAN RIGHTS SITUATIONS THAT REQUIRE THE COUNCIL’S ATTENTION" / "Letter dated …"), not the document's title.
     */
    private static Heading namingHeadingAfter(TextLines lines, int from, boolean underMasthead) {
        for (int j = lines.nextContent(from), n = 0; j < lines.size() && n < NAMING_HEADING_LINES; j = lines.nextContent(j + 1), n++) {
            String line = lines.get(j);
            if (BODY.matcher(line).lookingAt() || line.length() > 400 || isProse(line)) {
                return null;
            }
            if (LETTER.matcher(line).lookingAt() || ADOPTED.matcher(line).lookingAt() || AGENDA_TITLE.matcher(line).lookingAt()) {
                Heading named = parse(lines, j, underMasthead);
                return named.kind() == Kind.OTHER || named.kind() == Kind.NONE ? null : named;
            }
        }
        return null;
    }

    /** "Report of the Working Party on its 103rd session … Paragraphs I. Attendance …": a title over its contents' columns. */
    private static final Pattern TITLE_OVER_CONTENTS = Pattern.compile("^(.{10,300}?)\\s+(?:Paragraphs|Paragraphes|P[áa]rrafos)\\s+(?:Pages?\\s+)?(?:I|1)\\.\\s");

    /**
     * A copy that put "Contents" before the title it follows on the page: the next line starts with the title and goes on
     * with the contents' column heads and first entry. The title is what comes before them.
     */
    private static Heading titleInContents(TextLines lines, int i) {
        if (!lines.get(i).strip().matches("Contents|Table des matières|Índice")) {
            return null;
        }
        int j = lines.nextContent(i + 1);
        Matcher m = j < lines.size() ? TITLE_OVER_CONTENTS.matcher(lines.get(j)) : null;
        return m != null && m.lookingAt() ? new Heading(Titles.clean(m.group(1)), Kind.OTHER, j, j + 1, null) : null;
    }

    /** A paragraph, not a heading: a sentence of more than twenty-five words that ends with a full stop. */
    private static boolean isProse(String title) {
        return title != null && title.endsWith(".") && title.split("\\s+").length > 25;
    }

    /** A subject heading: a short line that neither starts a body nor is another heading, without a final full stop. */
    private static boolean isSubject(String line) {
        return line.length() < 250 && !line.endsWith(".") && !line.endsWith(":") && !BODY.matcher(line).lookingAt()
                && !Headings.isDocumentHeading(line) && Character.isUpperCase(line.charAt(0));
    }

    private static final Pattern RESOLUTION_SYMBOL = Pattern.compile(
            "^(?:A|E|A/HRC|UNEP/EA\\.\\d+|HSP/HA\\.\\d+)/(?:RES|Res)[/.]((?:[A-Z]{1,2}-)?\\d{1,4}(?:/\\d{1,4})?)(?:\\s\\(([IVXLC]+)\\))?$");

    /**
     * The heading that carries a resolution's own number ("2994 (XXVII). United Nations Conference on the
     * Human Environment", "47/190. Report of …"): pages cut from the Official Records volumes start with
     * the end of the resolution before, and hold several.
     */
    static Heading numberedFor(TextLines lines, String symbol) {
        Matcher s = RESOLUTION_SYMBOL.matcher(symbol);
        if (!s.matches()) {
            return null;
        }
        String number = s.group(1);
        String session = s.group(2);
        // An Official Records copy may leave out the session after the number ("2097. Review …" for A/RES/2097 (XX)).
        // A copy may space the number's characters out ("4 6 / 9. Mandate of …" for A/HRC/RES/46/9).
        // A compilation may print the year before an ECOSOC resolution's number: "1958/688(XXVI).Technical assistance …".
        Pattern heading = Pattern.compile("^(?:(?:19|20)\\d\\d/)?" + spacedOut(number) + (session == null ? "" : "(?:\\s?\\(" + session + "\\))?")
                + "\\s?(?:[A-Z]\\s?)?\\.?(?:(?:\\s+|(?<=\\.)(?=\\p{Lu}))(.+))?$");
        int limit = Math.min(lines.size(), 2000);
        for (int i = 0; i < limit; i++) {
            char c = lines.firstChar(i);
            if (c != number.charAt(0) && c != '1' && c != '2') {
                continue;
            }
            Matcher m = heading.matcher(lines.get(i));
            if (m.matches() && (m.group(1) == null || !Character.isLowerCase(m.group(1).charAt(0)))) {
                return numbered(lines, i, m, Kind.RESOLUTION);
            }
        }
        return null;
    }

    /** A pattern for the text with a space allowed between any two of its characters. */
    private static String spacedOut(String text) {
        StringBuilder p = new StringBuilder();
        for (int k = 0; k < text.length(); k++) {
            p.append(k == 0 ? "" : "\\s?").append(Pattern.quote(String.valueOf(text.charAt(k))));
        }
        return p.toString();
    }

    /** The full stop that ends a resolution's heading line in some copies ("2758 (XXVI). Restitución de … Naciones Unidas."). */
    private static final Pattern FINAL_STOP = Pattern.compile("(?<=[\\p{L})])\\.$");

    private static Heading numbered(TextLines lines, int i, Matcher n, Kind kind) {
        if (n.group(1) != null) {
            Heading h = heading(lines, i, kind, n.group(1), false);
            return h.title() == null ? h : new Heading(FINAL_STOP.matcher(h.title()).replaceFirst(""), h.kind(), h.line(), h.end(), h.sponsorsText());
        }
        int j = lines.nextContent(i + 1);
        if (j < lines.size() && !BODY.matcher(lines.get(j)).lookingAt()) {
            // "Decision 51/401" over "51/401. Organization of the fifty-first session": the title without its number.
            Matcher again = NUMBERED.matcher(lines.get(j));
            return heading(lines, j, kind, again.matches() && again.group(1) != null ? again.group(1) : null, false);
        }
        return new Heading(null, kind, i, i + 1, null);
    }

    /** A draft's resolution number still to be given: "28/…", "80/...". */
    private static final Pattern NUMBER_TO_COME = Pattern.compile("^\\s*(?:[A-Z]-)?\\d{1,3}/\\s*(?:…|\\.{3})\\s*$");

    /** A draft: the sponsors block, then the title of the resolution concerned. */
    /**
     * The line of a letter's heading that follows one to four short lines naming a body ("Comité de Relaciones con el
     * País Anfitrión" / "Carta de fecha …"), or -1.
     */
    private static int letterAfterBodyLines(TextLines lines, int i) {
        int j = i;
        for (int n = 0; n < 4; n++) {
            String l = lines.get(j);
            if (LETTER.matcher(l).lookingAt() || l.length() > 100 || l.endsWith(".") || !Character.isUpperCase(l.charAt(0))
                    || !BODY_NAME_WORD.matcher(l).find() && n == 0) {
                return -1;
            }
            j = lines.nextContent(j + 1);
            if (j >= lines.size()) {
                return -1;
            }
            if (LETTER.matcher(lines.get(j)).lookingAt()) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The line of a "Draft decision" or "Draft resolution" heading after an introductory paragraph that starts at
     * line i (a sentence of more than two lines ending with a full stop), within the next blocks; or -1.
     */
    private static int draftAfterIntroduction(TextLines lines, int i) {
        int end = i;
        StringBuilder paragraph = new StringBuilder();
        while (end < lines.size() && !lines.isBlank(end)) {
            paragraph.append(lines.get(end).strip()).append(' ');
            end++;
        }
        String text = paragraph.toString().strip();
        if (text.length() < 150 || !text.endsWith(".")) {
            return -1;
        }
        for (int j = lines.nextContent(end), n = 0; j < lines.size() && n < 3; j = lines.nextContent(j + 1), n++) {
            if (DRAFT_ALONE.matcher(lines.get(j)).matches()) {
                return j;
            }
        }
        return -1;
    }

    /** "DECISIÓN", "Décision", "Decision" alone on a line (treaty bodies' decisions on communications). */
    private static final Pattern DECISION_ALONE = Pattern.compile("(?iu)d[eé]cisi[oó]n\\s*\\**");
    /** A letter's salutation alone on its line, in English, French or Spanish. */
    private static final Pattern SALUTATION = Pattern.compile(
            "(?:Sir|Madam|Excellency|Your\\s+Excellency|Dear\\s+\\p{Lu}[^,]{1,60}|Monsieur(?:\\s+le\\s+\\p{L}+)?|Madame(?:\\s+la\\s+\\p{L}+)?"
                    + "|Excellence|Señor(?:\\s+\\p{L}+)?|Señora(?:\\s+\\p{L}+)?|Excelentísimo\\s+Señor)\\s*[,:]");

    /** The line after a body of the table named by line i alone or by up to four lines from i, or -1. */
    private static int afterTableBody(TextLines lines, int i) {
        StringBuilder name = new StringBuilder();
        for (int n = 0, j = i; n < 4 && j < lines.size() && !lines.isBlank(j); n++, j++) {
            String l = lines.get(j);
            if (l.length() > 100) {
                return -1;
            }
            name.append(n == 0 ? "" : " ").append(l.strip());
            if (namesBodies(name.toString(), 3)) {
                return j + 1;
            }
        }
        return -1;
    }

    /**
     * Whether {@code printed} is the name of a body of the table, or the names of up to {@code most} bodies one after the
     * other, as a copy that lost its line breaks prints a commission over its committee ("ECONOMIC COMMISSION FOR EUROPE
     * INLAND TRANSPORT COMMITTEE").
     */
    private static boolean namesBodies(String printed, int most) {
        if (BODIES.byName(printed).isPresent()) {
            return true;
        }
        for (int space = printed.indexOf(' '); most > 1 && space > 0; space = printed.indexOf(' ', space + 1)) {
            if (BODIES.byName(printed.substring(0, space)).isPresent() && namesBodies(printed.substring(space + 1), most - 1)) {
                return true;
            }
        }
        return false;
    }

    /** A word that names a body: a line with one of them above a letter's heading is the body's name. */
    private static final Pattern BODY_NAME_WORD = Pattern.compile(
            "(?iu)\\b(?:Committee|Commission|Council|Conference|Board|Group|Comité|Comisión|Conseil|Consejo|Grupo|Groupe)\\b");

    /** "decision", "décision", "decisión" (in any case): a decision, not a resolution. */
    /** "Report …", "DRAFT ANNUAL REPORT", "Informe …", "Rapport …", "Compte rendu du …", "Proceedings of …" at a line's start. */
    private static final Pattern REPORT_START = Pattern.compile(
            "(?iu)^(?:(?:draft|final|annual|interim|progress|preliminary|provisional|projet\\s+de|proyecto\\s+de)\\s+)*"
                    + "(?:report|rapport|informe|proceedings|compte\\s+rendu)(?:\\b|(?=of\\s?the))");

    /**
     * The genre a line of the front matter names at its start ("Letter dated …", "Provisional agenda", "Draft decision",
     * "Note by the Secretariat", "REPORT OF THE …", "Informe …"), or null. The classifier falls back on it when the heading
     * the title parser chose names none: a scanned front page's heading may stand among debris.
     */
    static Kind genreNamed(String line) {
        if (line.length() > 250) {
            return null;
        }
        Matcher m = LETTER.matcher(line);
        if (m.lookingAt()) {
            return m.group(1) != null ? Kind.IDENTICAL_LETTERS : m.group(2) != null ? Kind.NOTE_VERBALE : Kind.LETTER;
        }
        if ((m = ADOPTED.matcher(line)).lookingAt()) {
            return isDecision(m.group(1)) ? Kind.DECISION : Kind.RESOLUTION;
        }
        if ((m = DRAFT_ALONE.matcher(line)).matches()) {
            return isDecision(m.group(1)) ? Kind.DRAFT_DECISION : Kind.DRAFT_RESOLUTION;
        }
        if (AGENDA_TITLE.matcher(line).lookingAt() || AGENDA.matcher(line).matches()) {
            return Kind.AGENDA;
        }
        if (NOTE_BY.matcher(line).matches() && !line.endsWith(".")) {
            return Kind.NOTE;
        }
        return REPORT_START.matcher(line).lookingAt() ? Kind.REPORT : null;
    }

    /** Whether a line starts a document's body ("The General Assembly,", "1. ", "Contents"): the front matter ends there. */
    static boolean startsBody(String line) {
        return BODY.matcher(line).lookingAt() || isProse(line);
    }

    private static boolean isDecision(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return w.startsWith("decisi") || w.startsWith("décision");
    }

    /** A draft's preamble whose comma a copy lost: "The Security Council" alone on its line after the sponsors. */
    private static final Pattern PREAMBLE_WITHOUT_COMMA = Pattern.compile(
            "^The\\s+(?:General\\s+Assembly|Security\\s+Council|Economic\\s+and\\s+Social\\s+Council|Human\\s+Rights\\s+Council)\\s*$");

    private static Heading draft(TextLines lines, int start, int blockEnd, String block) {
        Matcher m = Headings.SPONSOR_LINE.matcher(block);
        m.find();
        String lower = m.group().toLowerCase(java.util.Locale.ROOT);
        Kind kind = lower.contains("amendment") || lower.contains("amendement") || lower.contains("enmienda") ? Kind.AMENDMENT
                : lower.contains("decision") || lower.contains("décision") || lower.contains("decisión") ? Kind.DRAFT_DECISION
                : Kind.DRAFT_RESOLUTION;
        String sponsors = block.substring(0, m.start()).trim();
        int j = lines.nextContent(blockEnd);
        if (j < lines.size() && NUMBER_TO_COME.matcher(lines.get(j)).matches()) {
            // "28/…": the number the resolution will have, left blank in the draft; the title follows.
            j = lines.nextContent(j + 1);
        }
        if (j >= lines.size() || BODY.matcher(lines.get(j)).lookingAt() || PREAMBLE_WITHOUT_COMMA.matcher(lines.get(j)).matches()) {
            return new Heading(null, kind, -1, j, sponsors);
        }
        Heading h = heading(lines, j, kind, null, false);
        return new Heading(h.title(), kind, h.line(), h.end(), sponsors);
    }

    /**
     * Reads a heading block from line i: its lines go on until a blank line, a body start or a line that
     * does not continue it. {@code firstText} replaces line i's text (a numbered title without its number).
     */
    private static Heading heading(TextLines lines, int i, Kind kind, String firstText, boolean letter) {
        List<String> parts = new ArrayList<>();
        String first = firstText != null ? firstText : lines.get(i);
        parts.add(first);
        boolean caps = Titles.isUpperCase(first);
        int k = i + 1;
        boolean shortBlock = endsInBlank(lines, i + 1, MAX_TITLE_LINES);
        int bodyAt = bodyWithin(lines, i + 1, 4);
        while (k < lines.size() && parts.size() < MAX_TITLE_LINES) {
            int j = k;
            int blanks = 0;
            while (j < lines.size() && lines.isSkippable(j)) {
                if (lines.isBlank(j)) {
                    blanks++;
                }
                j++;
            }
            if (j >= lines.size()) {
                break;
            }
            String next = lines.get(j);
            String prev = parts.get(parts.size() - 1);
            if (BODY.matcher(next).lookingAt() || next.length() > 300 || PART_LINE.matcher(next).matches() || isVenue(next)
                    || isGenreLine(next) || SignatureParser.isSigned(next) || next.length() <= 2
                    || Headings.isDocumentHeading(next) && !Titles.continues(prev, next) && !(caps && Titles.isUpperCase(next))) {
                break;
            }
            boolean go;
            if (blanks > 0) {
                // A heading in capitals broken over two blank lines ("… SOBRE EL QUINTO PERÍODO" / / "DE SESIONES DEL CONSEJO").
                go = (blanks == 1 || blanks == 2 && caps) && Titles.continuesAcrossBlank(prev, next) && (!caps || Titles.isUpperCase(next))
                        || blanks == 1 && !caps && next.length() <= 70 && !next.endsWith(".") && Character.isUpperCase(next.charAt(0))
                        && startsWithParenthesisAfter(lines, j);
            } else {
                go = Titles.continues(prev, next) && (!caps || Titles.isUpperCase(next) || !Character.isLetter(next.charAt(0)))
                        || caps && Titles.isUpperCase(next)
                        || letter && !joinedContains(parts, "addressed to")
                        || shortBlock && !caps && !Titles.isUpperCase(next)
                        || bodyAt > 0 && j < bodyAt && !caps && next.length() < 120 && !next.endsWith(".");
            }
            if (!go) {
                break;
            }
            parts.add(next);
            k = j + 1;
        }
        return new Heading(Titles.join(parts), kind, i, k, null);
    }

    /**
     * Masthead fields the masthead reader could not follow ("Executive Board of the United Nations Development Distr.: General
     * Programme …", a row of symbols) and what a copy's web page or scanner put above the text ("Document original en
     * format PDF", "Item Scan - Barcode"): never a title.
     */
    private static final Pattern DEBRIS = Pattern.compile(
            "(?iu)\\bdistr\\b\\s*\\.|\\boriginal\\s*:|\\bpdf\\b|https?://|\\bwww\\.|\\bbarcode\\b|\\.(?:gov|org|int)\\b"
                    + "|^(?:[A-Z]{1,6}\\s?/\\s?[\\w.()/\\- ]+?\\s*){1,3}$"
                    // A page's job number ("GE.05-16658 (F) 260106", "98-03111 (E) 180298").
                    + "|^(?:[A-Z]{1,3}\\.)?\\d{2}-\\d{4,5}\\s*\\([A-Z]\\)"
                    // A letterhead spaced out ("H E A D Q U A RT E R S • S I E G E"), a line with no word of three letters
                    // ("CN •14/L", an archive's "S-0882-0006-05-00001").
                    + "|(?:\\b\\p{Lu}\\h){4,}|^[^\\p{L}]*(?:\\p{L}{1,2}(?:[^\\p{L}]+|$))*$"
                    // The emblem's words alone or with the address under them ("Nations Unies NEW YORK, NY 10017"), a
                    // language or distribution word alone ("ESPAÑOL", "GENERAL").
                    + "|^(?:United\\s+Nations|Nations\\s+Unies|Naciones\\s+Unidas)\\b\\W*(?:(?:NEW\\s+YORK|New\\s+York)\\b.*)?$"
                    + "|^(?:" + MastheadParser.LANGUAGE_NAME + "|" + MastheadParser.DISTRIBUTION_WORD + ")\\W*$"
                    // A letterhead's empty field labels: "REFERENCE: SUBJECT:", "REFERENCIA: ASUNTO:".
                    + "|^(?:\\p{L}+\\h*:\\h*){1,3}$");
    /** What wraps a date alone: a dateline's "Le", "On", "El", a session's days' parentheses ("Le 12 février 2001", "(8-11 May 2001)"). */
    private static final Pattern DATE_WRAPPER = Pattern.compile("(?iu)^[(\\[]?(?:(?:le|on|el)\\h+)?|[)\\].]$");

    /** Whether a line is a date alone ({@link MastheadParser#isDatesLine}), as a dateline or in parentheses. */
    private static boolean isDateAlone(String line) {
        return MastheadParser.isDatesLine(DATE_WRAPPER.matcher(line).replaceAll(""));
    }
    /**
     * A session line the masthead reader did not take ("Twentieth session Vienna, 20 July - 14 August 1987", "Seventh
     * meeting"), and the line of its place and dates, with an agenda item line a copy ran into it ("Bonn, 25–27 March
     * 2015 Items 1 (a) and (b) of the provisional agenda …"): front matter, not a title.
     */
    private static final Pattern SESSION_LINE = Pattern.compile(
            "(?i)" + Ordinals.PATTERN + "\\s+(?:regular\\s+|special\\s+|resumed\\s+)?(?:session|meeting)(?:\\s*$|\\s+(?=\\p{Lu}[\\p{L} .'’-]{1,40},))");
    private static final Pattern ITEM_LINE = Pattern.compile("(?i)\\s*(?:agenda\\s+)?items?\\s+\\d");

    /** Masthead fields the reader could not follow, and what web pages and scanners put above a text: never a title. */
    private static boolean isDebris(String line) {
        return DEBRIS.matcher(line).find() && line.length() < 300;
    }

    private static boolean isFrontMatter(String line) {
        if (isDebris(line) || MastheadParser.isDatesLine(line)) {
            return true;
        }
        Matcher session = SESSION_LINE.matcher(line);
        if (session.lookingAt() && (session.end() == line.length() || isVenue(line.substring(session.end()))
                || MastheadParser.PLACE_AND_DATES.matcher(line).region(session.end(), line.length()).lookingAt())) {
            return true;
        }
        Matcher venue = MastheadParser.PLACE_AND_DATES.matcher(line);
        return venue.lookingAt() && (isVenue(line) || ITEM_LINE.matcher(line).region(venue.end(), line.length()).lookingAt());
    }

    /**
     * Whether a line starts a heading that says what the document is: a letter, a resolution or decision adopted, an
     * agenda, a report, a note, a draft, a statement (or any heading {@link Headings#isDocumentHeading} knows).
     */
    static boolean namesGenre(String line) {
        return Headings.isDocumentHeading(line) || LETTER.matcher(line).lookingAt() || ADOPTED.matcher(line).lookingAt()
                || AGENDA_TITLE.matcher(line).lookingAt() || REPORT_BY.matcher(line).matches() || isGenreLine(line)
                || DRAFT_ALONE.matcher(line).matches() || STATEMENT.matcher(line).lookingAt();
    }

    /** A genre line under a subject ("Memorandum by the Secretary-General", "Rapport du Secrétaire général"): not the title's. */
    private static boolean isGenreLine(String line) {
        return NOTE_BY.matcher(line).matches() || ROMANCE_REPORT_OF.matcher(line).matches() || REPORT_OF_SG.matcher(line).matches();
    }

    /**
     * Whether a line is a meeting's place and dates ("Geneva, 25–29 October 2004", "Virtual meeting, 26–28 October 2020",
     * with the page number a copy ran into it): under a title, it ends the title.
     */
    static boolean isVenue(String line) {
        Matcher m = MastheadParser.PLACE_AND_DATES.matcher(line);
        return m.lookingAt() && VENUE_TAIL.matcher(line).region(m.end(), line.length()).matches();
    }

    /** Whether the block after line j starts with a parenthesis ("(for the period 27 January-26 July 2000)"). */
    private static boolean startsWithParenthesisAfter(TextLines lines, int j) {
        int k = j + 1;
        if (k < lines.size() && !lines.isBlank(k)) {
            return false;
        }
        k = lines.nextContent(k);
        String l = k < lines.size() ? lines.get(k) : "";
        return k - j == 2 && l.length() > 1 && l.charAt(0) == '(' && Character.isLowerCase(l.charAt(1));
    }

    /** The line where a body starts within {@code within} lines without a blank line between, or -1. */
    private static int bodyWithin(TextLines lines, int from, int within) {
        for (int k = from; k < lines.size() && k <= from + within; k++) {
            if (lines.isBlank(k)) {
                return -1;
            }
            if (!lines.isNoise(k) && (BODY.matcher(lines.get(k)).lookingAt() || Headings.isDocumentHeading(lines.get(k)))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean joinedContains(List<String> parts, String text) {
        for (String p : parts) {
            if (p.toLowerCase(java.util.Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsInBlank(TextLines lines, int from, int within) {
        for (int i = from; i < lines.size() && i <= from + within; i++) {
            if (lines.isBlank(i)) {
                return true;
            }
        }
        return from >= lines.size();
    }

    /** The end of the paragraph at line i: its first blank line, at most 40 lines on (a sponsor list of 193 States takes 30). */
    private static int blockEnd(TextLines lines, int i) {
        int k = i;
        int n = 0;
        while (k < lines.size() && !lines.isBlank(k) && n < 40) {
            k++;
            n++;
        }
        return k;
    }

    private static String join(TextLines lines, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (lines.isNoise(k)) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(lines.get(k));
        }
        return b.toString();
    }

    private static int skipBlock(TextLines lines, int i) {
        int k = i + 1;
        // "Resolution adopted by the General Assembly on" / "26 October 2018": the date may sit on the next line.
        while (k < lines.size() && !lines.isBlank(k) && k < i + 3 && (UnDates.parse(lines.get(k)) != null
                || Titles.continues(lines.get(k - 1), lines.get(k)))) {
            k++;
        }
        return k;
    }

    private static int skipBracket(TextLines lines, int i) {
        int k = i;
        while (k < lines.size() && k < i + 4) {
            if (lines.get(k).contains("]")) {
                return k + 1;
            }
            k++;
        }
        return i + 1;
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
