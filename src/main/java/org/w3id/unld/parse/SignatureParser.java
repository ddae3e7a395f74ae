package org.w3id.unld.parse;

import org.w3id.unld.model.Agent;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "(Signed)" blocks: the name on the "(Signed)" line, then the rank line(s) ("Ambassador") and the role
 * line(s) ("Permanent Representative of Cyprus to the United Nations"). Blank lines inside a block are
 * allowed (Word-derived text puts one between every paragraph).
 */
final class SignatureParser {
    private static final Pattern SIGNED = Pattern.compile("^\\(\\s*(?:Signed|signed|SIGNED|Signé|Firmado)\\s*\\)\\s*(.*)$");
    /** Several signatures side by side on one line: "(Signed) A (Signed) B". */
    /** Whether a line starts a "(Signed)" block. */
    static boolean isSigned(String line) {
        return SIGNED.matcher(line).matches();
    }

    private static final Pattern NEXT_SIGNED = Pattern.compile("\\s*\\(\\s*(?:Signed|signed|SIGNED)\\s*\\).*$");
    /** Words that make a line a role line rather than a rank line. */
    static final Pattern ROLE_WORDS = Pattern.compile(
            "(?<![\\p{L}])(?:Representative|Chargée?\\s+d['’]affaires|Secretary-General|President|Vice-President|Chair|Chairman|Chairperson|Co-Chairs?"
                    + "|Minister\\s+(?:for|of)|Prime\\s+Minister|Head\\s+of|Director|Coordinator|Envoy|High\\s+Commissioner|Rapporteur|Observer"
                    + "|Under-Secretary|Commissioner|Administrator|Prosecutor|Registrar|Secretary\\s+of|Foreign\\s+Minister|King|Emir|Sultan|Governor"
                    + "|Executive\\s+(?:Director|Secretary)|Premier|Chancellor|Counsel|Head\\s+of\\s+State|Mission"
                    // French and Spanish: "Représentant permanent", "Chargé d’affaires", "Representante Permanente", "Encargado de Negocios".
                    + "|Représentante?|Representante|Encargad[oa]\\s+de\\s+Negocios|Secrétaire\\s+général|Secretario\\s+General|Présidente?|Presidente?"
                    + "|Ministre|Ministro|Observateur|Observador|Misión|Mission\\s+permanente)(?![\\p{L}])");
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:H\\.\\s?E\\.|H\\.\\s?M\\.|H\\.\\s?R\\.\\s?H\\.|His|Her|Excellency|Majesty|Highness|Royal|Mr\\.?|Ms\\.?|Mrs\\.?|Dr\\.|Mme|Madam|Sir|Sr\\.|Sra\\.|M\\.|Sheikh|Prof\\.|Professor|Ambassador)\\s+)+");
    private static final int MAX_LINES = 5;
    private static final Pattern RANK_BEFORE_ROLE = Pattern.compile(
            "^(Ambassador(?:\\s+Extraordinary\\s+and\\s+Plenipotentiary)?|Minister(?:\\s+Counsellor)?|Counsellor|(?:First|Second|Third)\\s+Secretary)\\s*(?:,|\\sand)\\s+(?=\\p{Lu})");

    private SignatureParser() {
    }

    /** One signature block and the lines it spans. */
    record Signature(Agent agent, int line, int end) {
    }

    static List<Signature> parse(TextLines lines, int from) {
        List<Signature> out = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            if (lines.firstChar(i) != '(') {
                continue;
            }
            String line = lines.get(i);
            Matcher m = SIGNED.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String name = NEXT_SIGNED.matcher(m.group(1)).replaceFirst("").trim();
            int k = i + 1;
            if (name.isEmpty()) {
                k = lines.nextContent(k);
                if (k >= lines.size()) {
                    break;
                }
                name = lines.get(k);
                k++;
            }
            List<String> block = new ArrayList<>();
            int end = k;
            while (block.size() < MAX_LINES) {
                int j = lines.nextContent(k);
                if (j >= lines.size() || j - k > 1) {
                    break;
                }
                String next = lines.get(j);
                if (!isSignatureLine(next)) {
                    break;
                }
                block.add(next);
                k = j + 1;
                end = k;
            }
            out.add(new Signature(agent(name, block), i, end));
            i = end - 1;
        }
        return out;
    }

    static boolean isSignatureLine(String line) {
        if (line.length() > 110 || line.startsWith("(") || AnnexParser.isHeading(line)) {
            return false;
        }
        char c = line.charAt(0);
        if (!Character.isUpperCase(c) && !line.startsWith("of ") && !line.startsWith("to ") && !line.startsWith("and ")) {
            return false;
        }
        if (line.endsWith(".") && !line.endsWith("a.i.") && !line.endsWith("a. i.")) {
            return false;
        }
        return !line.endsWith(":") && !line.endsWith(";") && !Character.isDigit(line.charAt(0));
    }

    /** Splits the lines under a name into rank and role, and the role into role and country. */
    static Agent agent(String signedName, List<String> block) {
        String name = name(signedName);
        int roleAt = -1;
        for (int i = 0; i < block.size(); i++) {
            if (ROLE_WORDS.matcher(block.get(i)).find()) {
                roleAt = i;
                break;
            }
        }
        String title = null;
        String role = null;
        String country = null;
        if (roleAt < 0) {
            if (!block.isEmpty()) {
                title = Titles.join(block);
            }
        } else {
            title = roleAt == 0 ? null : Titles.join(block.subList(0, roleAt));
            List<String> roleLines = new ArrayList<>();
            roleLines.add(block.get(roleAt));
            for (int i = roleAt + 1; i < block.size(); i++) {
                String l = block.get(i);
                if (Titles.continues(roleLines.get(roleLines.size() - 1), l) || l.startsWith("to the United Nations")) {
                    roleLines.add(l);
                } else {
                    break;
                }
            }
            String joined = Titles.join(roleLines);
            Matcher rank = RANK_BEFORE_ROLE.matcher(joined);
            if (rank.lookingAt()) {
                // "Ambassador, Permanent Representative": the rank and the role on one line.
                title = title == null ? rank.group(1) : title + " " + rank.group(1);
                joined = joined.substring(rank.end());
            }
            String[] rc = SenderParser.roleAndCountry(joined);
            role = rc[0];
            country = rc[1];
        }
        return new Agent(name, title, role, country);
    }

    static String name(String raw) {
        String n = Titles.clean(raw);
        if (n == null) {
            return null;
        }
        n = HONORIFIC.matcher(n).replaceFirst("");
        return n.isEmpty() ? null : n;
    }

    static String stripHonorifics(String s) {
        return HONORIFIC.matcher(s.trim()).replaceFirst("").trim();
    }
}
