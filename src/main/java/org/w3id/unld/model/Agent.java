package org.w3id.unld.model;

/**
 * Who sends or signs a communication, as the document prints it.
 *
 * @param name    as signed ("Tofiq Musayev"), or null
 * @param title   the rank line between name and role ("Ambassador"), or null
 * @param role    "Permanent Representative", "Chargé d'affaires a.i.", "Secretary-General", or null
 * @param country the State the role is held for ("Azerbaijan"), or null
 */
public record Agent(String name, String title, String role, String country) {
    public boolean isEmpty() {
        return name == null && title == null && role == null && country == null;
    }
}
