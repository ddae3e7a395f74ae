package org.w3id.unld.model;

/**
 * A session of an organ as a masthead prints it: "Seventy-ninth session" of the General Assembly is
 * {@code Session("General Assembly", 79, null)}; the Security Council's "Seventy-ninth year" is number 79 too.
 *
 * @param kind null for a regular session; otherwise {@code resumed}, {@code special} or {@code emergency-special}
 */
public record Session(String organ, int number, String kind) {
    public static final String RESUMED = "resumed";
    public static final String SPECIAL = "special";
    public static final String EMERGENCY_SPECIAL = "emergency-special";

    public Session(String organ, int number) {
        this(organ, number, null);
    }

    public boolean isRegular() {
        return kind == null;
    }
}
