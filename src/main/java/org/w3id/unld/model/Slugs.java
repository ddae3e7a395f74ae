package org.w3id.unld.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which a name becomes a shared resource (a person, a post, an event, a place): names with the same slug
 * are one resource. The mapper mints IRIs with it; the parser merges mentions with it, so that what it keeps apart the
 * graph keeps apart too.
 */
public final class Slugs {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    /** Compiled once: the mapper slugs every name of every document (a pattern compiled per call was 2 % of ingest). */
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    /**
     * A slug: ASCII letters and digits in lower case, runs of anything else (spaces, punctuation,
     * quotation marks) become one hyphen; accents are dropped ("Chargé d'affaires a.i." becomes
     * "charge-d-affaires-a-i"). A name with no letter or digit left gets "_" and a hash of itself.
     */
    public static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD);
        folded = COMBINING_MARKS.matcher(folded).replaceAll("");
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            switch (c) {
                case 'ß' -> ascii.append("ss");
                case 'æ', 'Æ' -> ascii.append("ae");
                case 'œ', 'Œ' -> ascii.append("oe");
                case 'ø', 'Ø' -> ascii.append('o');
                case 'ł', 'Ł' -> ascii.append('l');
                case 'đ', 'Đ' -> ascii.append('d');
                case 'ı' -> ascii.append('i');
                case 'þ', 'Þ' -> ascii.append("th");
                default -> ascii.append(c);
            }
        }
        String slug = NOT_SLUG.matcher(ascii.toString().toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = EDGE_HYPHENS.matcher(slug).replaceAll("");
        return slug.isEmpty() ? "_" + sha256(name).substring(0, 16) : slug;
    }

    /** The SHA-256 of the text, UTF-8 encoded, in lower-case hex. */
    public static String sha256(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
