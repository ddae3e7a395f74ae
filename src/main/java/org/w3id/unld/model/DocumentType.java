package org.w3id.unld.model;

import java.util.Arrays;
import java.util.Optional;

/** The genres of UN document that unld tells apart; {@link #code()} is the name used in JSON and IRIs. */
public enum DocumentType {
    LETTER("letter"),
    IDENTICAL_LETTERS("identical-letters"),
    NOTE_VERBALE("note-verbale"),
    REPORT("report"),
    RESOLUTION("resolution"),
    DRAFT_RESOLUTION("draft-resolution"),
    DECISION("decision"),
    DRAFT_DECISION("draft-decision"),
    /** ": amendment to draft resolution …". */
    AMENDMENT("amendment"),
    /** S/PRST, A/HRC/PRST, "Statement by the President of the … Council". */
    PRESIDENTIAL_STATEMENT("presidential-statement"),
    /** …/Corr.N: a document that corrects another. */
    CORRIGENDUM("corrigendum"),
    MEETING_RECORD("meeting-record"),
    AGENDA("agenda"),
    NOTE("note"),
    OTHER("other");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DocumentType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
