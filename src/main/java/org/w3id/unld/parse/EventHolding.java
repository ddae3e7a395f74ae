package org.w3id.unld.parse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the text says that a named event is held: a verb of holding after the name (", held", "to be convened",
 * "took place") or before it ("the convening of", "decided to hold"; not when the convening is only proposed),
 * a date or place of holding right after it ("… Conference, in Nairobi", "… on 5 May 2019"), or the period of a
 * proper name ("London Conference of August 1992", "the July 2019 High-level Conference").
 */
final class EventHolding {
    static final Pattern HOLD_AFTER = Pattern.compile(
            "^\\s*,?\\s*(?:(?:which|that)\\s+)?(?:(?:was|were|is|are|will\\s+be|to\\s+be|being|has\\s+been|had\\s+been|have\\s+been|would\\s+be|could\\s+be|should\\s+be|shall\\s+be|is\\s+to\\s+be|are\\s+to\\s+be|was\\s+to\\s+be)\\s+)?"
                    + "(?:held|convened|scheduled|hosted|took\\s+place|will\\s+take\\s+place|to\\s+take\\s+place|taking\\s+place|met)\\b");
    private static final Pattern DATE_OR_PLACE_AFTER = Pattern.compile(
            "^(?:\\s*,\\s*(?:in|at)\\s+(?!" + UnDates.MONTH + ")\\p{Lu}|\\s*(?:in|at)\\s+(?!" + UnDates.MONTH + ")\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*)?,?\\s+(?:in|on|from)\\s+(?:\\d|" + UnDates.MONTH + ")|\\s*,?\\s*(?:on|from|of)\\s+\\d{1,2}\\s+" + UnDates.MONTH
                    + "|(?:on|in)\\s+" + UnDates.MONTH + "\\s+\\d{1,2}\\b|\\(\\p{Lu}[\\p{L} .]+,\\s*\\d)");
    /** A month or year alone after a proper name ("London Conference of August 1992", "the Stockholm talks in 2018"). */
    static final Pattern PERIOD_AFTER = Pattern.compile(
            "^\\s*,?\\s*(?:in|of|on)\\s+(?:(?:early|mid|late)[\\s-]+)?(?:" + UnDates.MONTH + "(?:\\s+(?:19|20)\\d\\d)?|(?:19|20)\\d\\d)\\b");
    /** A year or month just before the name: "the proposed 2017 high-level meeting", "the July 2019 High-level Conference". */
    private static final Pattern PERIOD_BEFORE = Pattern.compile("(?:(?:" + UnDates.MONTH + "\\s+)?(?:19|20)\\d\\d"
            + "|\\b(?:last|this|next|past)\\s+(?:week|month|year|weekend)[’']s|\\b(?:yesterday|today|tomorrow)[’']s)\\s+$");
    static final Pattern HOLD_BEFORE = Pattern.compile(
            "(?:\\b(?:convening|holding|hosting|organization|organizing|convocation)\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?"
                    + "|\\b(?:to|decided\\s+to|decides\\s+to|agreed\\s+to)\\s+(?:hold|convene|host|organize)\\s+(?:the\\s+|a\\s+|an\\s+)?"
                    + "|\\b(?:hosted|convened|organized|organised|held)\\s+(?:the\\s+|a\\s+|an\\s+)?)$");
    /** A convening that is only proposed or called for: "proposed the convening of a United Nations conference". */
    private static final String PROPOSAL = "\\b(?:propos\\w*|call\\w*\\s+for|urg\\w*|suggest\\w*|recommend\\w*)\\s+(?:the\\s+)?";
    private static final Pattern PROPOSED = Pattern.compile(PROPOSAL + "(?:convening|holding)\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?$");
    /** Text that ends with a proposal: a convening after it is only proposed. */
    private static final Pattern PROPOSAL_BEFORE = Pattern.compile(PROPOSAL + "$");
    /**
     * A name that the text gives as the source of an outcome or a publication: "the Vienna Declaration … adopted at the
     * World Conference on Human Rights on 25 June 1993", "See Report of the International Conference on …, New York, 24
     * August–11 September 1987", "the outcome document of the Durban Review Conference of 24 April 2009" (the last of its
     * five days). A date or place after it is the outcome's or the publication's, not a holding.
     */
    private static final Pattern OUTCOME_BEFORE = Pattern.compile(
            "(?:\\b(?:adopted|signed|issued|agreed|endorsed|approved|concluded|reached|made|proclaimed)\\s+(?:at|by|during)"
                    + "|\\b(?:[Rr]eport|Document|[Dd]eclaration|Action|[Oo]utcome(?:\\s+document)?|[Pp]roceedings|[Rr]ecords|[Cc]ommuniqué|[Cc]onclusions)\\s+of)"
                    + "\\s+(?:the\\s+)?(?:(?:19|20)\\d\\d\\s+)?$");
    /** A convening with its place or date before the name: "the convening in Madrid on 30 October 1991 of the Peace Conference". */
    private static final Pattern CONVENING_WITH_DETAILS = Pattern.compile(
            "\\b(?:convening|holding)\\s+((?:in|at|on|from)\\s+[^;:()]{3,80}?)\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?$");
    /** The words that {@link #HOLD_BEFORE} can end with: it is tried only where the text before a name ends with one. */
    private static final Set<String> HOLD_WORDS = Set.of("of", "the", "a", "an", "hold", "convene", "host", "organize",
            "hosted", "convened", "organized", "organised", "held");
    /**
     * How far back from its end {@link #HOLD_BEFORE} is looked for. Its words hold at most 20 letters ("decided to
     * organize the"), in at most five runs with white space between: a match longer than this would put two
     * white-space characters in a row into these last characters, and then the whole text is searched.
     */
    private static final int HOLD_BEFORE_REACH = 32;
    /** The holding verb before a name starts with one of its words' first letters (convening, holding, to, decided …). */
    private static final WordStarts HOLD_BEFORE_STARTS = new WordStarts("chotda");

    private EventHolding() {
    }

    /** Whether the text before a name ends with a verb of holding ({@link #HOLD_BEFORE}) that is not only proposed. */
    static boolean verbBefore(String before) {
        return HOLD_WORDS.contains(lastWord(before)) && endsWithHoldingVerb(before) && !PROPOSED.matcher(before).find();
    }

    /** Whether the text after a name starts with a verb of holding, or with a date or place of holding. */
    static boolean saidAfter(String rest) {
        return HOLD_AFTER.matcher(rest).lookingAt() || DATE_OR_PLACE_AFTER.matcher(rest).lookingAt();
    }

    /**
     * The place and date phrases between a convening and the name ("in Madrid on 30 October 1991" of "the convening in
     * Madrid on 30 October 1991 of the Peace Conference"), or null when the text before the name ends otherwise.
     */
    static String convenedWith(String before) {
        if (!before.endsWith(" ") || before.length() < 20) {
            return null;
        }
        int from = Math.max(0, before.length() - 130);
        Matcher m = CONVENING_WITH_DETAILS.matcher(before).region(from, before.length()).useTransparentBounds(true);
        if (!m.find() || PROPOSAL_BEFORE.matcher(before).region(0, m.start()).find()) {
            return null; // none, or one only proposed: "proposed the convening in 2027 of a conference"
        }
        return m.group(1);
    }

    /** Whether the text after a name starts with a verb of holding (", held in …", "which took place"). */
    static boolean verbAfter(String rest) {
        return HOLD_AFTER.matcher(rest).lookingAt();
    }

    /** Whether the text before a name gives it as the source of an outcome or a publication ({@link #OUTCOME_BEFORE}). */
    static boolean outcomeBefore(String before) {
        return OUTCOME_BEFORE.matcher(before).find();
    }

    /** Whether a year or month (or "last week's") ends the text before a name: "the July 2019 High-level Conference". */
    static boolean periodBefore(String before) {
        return endsWithPeriod(before) && PERIOD_BEFORE.matcher(before).find();
    }

    /** Whether a month or year alone follows a name: "London Conference of August 1992". */
    static boolean periodAfter(String rest) {
        return PERIOD_AFTER.matcher(rest).lookingAt();
    }

    /** Whether {@link #HOLD_BEFORE} ends {@code before}: searched in its last characters only, where a match may start. */
    static boolean endsWithHoldingVerb(String before) {
        int from = Math.max(0, before.length() - HOLD_BEFORE_REACH);
        for (int k = from + 1; k < before.length(); k++) {
            if (CharClass.isSpace(before.charAt(k)) && CharClass.isSpace(before.charAt(k - 1))) {
                from = 0;
                break;
            }
        }
        if (from >= before.length()) {
            return false;
        }
        Matcher m = HOLD_BEFORE.matcher(before).useTransparentBounds(true);
        return HOLD_BEFORE_STARTS.firstMatch(m, before, from, before.length() - 1, before.length(), true) >= 0;
    }

    /** The letters right before the white space that ends {@code s} ("" when it does not end with white space). */
    private static String lastWord(String s) {
        int end = s.length();
        while (end > 0 && CharClass.isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (end == s.length()) {
            return "";
        }
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end);
    }

    /** Whether {@code s} can end as {@link #PERIOD_BEFORE} requires: a year's digit or a possessive "s", then white space. */
    private static boolean endsWithPeriod(String s) {
        int end = s.length();
        while (end > 0 && CharClass.isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (end == s.length() || end == 0) {
            return false;
        }
        char last = s.charAt(end - 1);
        return last == 's' || last >= '0' && last <= '9';
    }
}
