package org.w3id.unld.model;

import java.time.LocalDate;

/** An annex or enclosure: its heading, and author, place and date from its closing lines when printed. */
public record Annex(String title, Author author, String place, LocalDate date) {
}
