package org.w3id.unld.model;

/** The author of an annex as its closing lines print them ("Ilham Aliyev", "President of the Republic of Azerbaijan"). */
public record Author(String name, String role) {
}
