package org.w3id.unld.model;

/** To whom a communication is addressed: "Secretary-General", "President of the Security Council". */
public record Addressee(String role) {
}
