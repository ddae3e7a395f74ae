package org.w3id.unld.model;

import java.time.LocalDate;

/** The meeting a verbatim record (S/PV) reports: "8699th meeting, Tuesday, 14 January 2020, 10 a.m., New York". */
public record Meeting(String number, LocalDate date, String time, String place, String president) {
}
