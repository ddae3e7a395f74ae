#!/usr/bin/env python3
"""Builds the gazetteer tables shipped in the jar (src/main/resources/unld/reference/).

Reads the reference data in ../shared/reference (country codes, mledoze countries, UNSC country
aliases, UNBIS Thesaurus) and the hand-curated tables in scripts/gazetteer/, checks them, and
writes countries.tsv, organizations.tsv, ignored-phrases.tsv and unbis-labels.tsv. Same input, same bytes: rows and
lists are sorted, nothing depends on time or locale.

    python3 scripts/build-gazetteer.py [--shared PATH] [--out DIR]

Standard library only (python3 >= 3.11). Fails with a one-line message when a check does not hold.
"""

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "scripts" / "gazetteer"
OUT = ROOT / "src" / "main" / "resources" / "unld" / "reference"

WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# An alternative spelling from mledoze is used only when it is an English name of a State form
# ("Republic of Azerbaijan"); its other spellings are native names and codes UN documents do not print.
STATE_FORM = re.compile(
    r"\b(Republic|Kingdom|State|States|Federation|Commonwealth|Union|Principality|Duchy|Sultanate|"
    r"Confederation|Territory|Bailiwick|Collectivity|Islands?)\b")
FUNCTION_WORDS = {"of", "the", "and", "for", "in", "on", "to"}
# The other five official languages of the UN: the UNTERM short-name column and the M49 name column
# (for areas UNTERM does not list) of each in country-codes.csv.
OTHER_LANGUAGES = {"ar": ("UNTERM Arabic Short", "official_name_ar"), "es": ("UNTERM Spanish Short", "official_name_es"),
                   "fr": ("UNTERM French Short", "official_name_fr"), "ru": ("UNTERM Russian Short", "official_name_ru"),
                   "zh": ("UNTERM Chinese Short", "official_name_cn")}
# The article UNTERM writes after a short name, in parentheses: "Bahamas (the)", "Azerbaïdjan (l')", "Argentina (la)".
UNTERM_ARTICLE = re.compile(r"\s*\((the|le|la|l'|les|el|las|los)\)$")


class BuildError(Exception):
    pass


def check(condition, message):
    if not condition:
        raise BuildError(message)


def key(name):
    """The lookup key Gazetteer.java uses: case, diacritics, apostrophe style, spacing and a leading
    "the" do not matter."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    text = re.sub(r"\s+", " ", text).strip().casefold()
    if text.startswith("the "):
        text = text[4:]
    return text


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        check(None not in row and all(v is not None for v in row.values()),
              f"{path.name}: wrong number of columns in {row}")
    return rows


def write_tsv(path, comment, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in comment:
            f.write(f"# {line}\n")
        f.write("\t".join(header) + "\n")
        for row in rows:
            for value in row:
                check("\t" not in value and "\n" not in value, f"{path.name}: tab or newline in {value!r}")
            f.write("\t".join(row) + "\n")


def untern_name(value):
    """'Bahamas (the)' -> 'Bahamas', 'Azerbaïdjan (l')' -> 'Azerbaïdjan'; the asterisks mark non-member States in
    the UNTERM list."""
    value = value.replace("*", "").strip()
    return UNTERM_ARTICLE.sub("", value)


def fix_case(name):
    """'Hashemite Kingdom Of Jordan' -> 'Hashemite Kingdom of Jordan' (the UNSC alias list title-cases)."""
    words = name.split(" ")
    return " ".join(w.lower() if i > 0 and w.lower() in FUNCTION_WORDS else w for i, w in enumerate(words))


def build_countries(shared, organization_keys):
    codes = list(csv.DictReader(open(shared / "country-codes" / "country-codes.csv", encoding="utf-8")))
    mledoze = {c["cca3"]: c for c in json.load(open(shared / "mledoze-countries" / "countries.json", encoding="utf-8"))}
    unsc_aliases = [r for r in csv.DictReader(
        (line for line in open(shared / "unsc" / "country_aliases.csv", encoding="utf-8") if not line.startswith("#")))]

    overrides = {}
    for row in read_tsv(CURATED / "country-overrides.tsv"):
        overrides.setdefault(row["iso3"], {})[row["field"]] = row["value"]
    added_aliases = {}
    for row in read_tsv(CURATED / "country-aliases.tsv"):
        added_aliases.setdefault(row["iso3"], []).append(row["alias"])
    added_adjectives = {}
    for row in read_tsv(CURATED / "country-adjectives.tsv"):
        added_adjectives.setdefault(row["iso3"], []).append(row["adjective"])
    blocked = {"alias": set(), "adjective": set()}
    for row in read_tsv(CURATED / "blocked.tsv"):
        blocked[row["kind"]].add(key(row["text"]))

    countries = []
    for row in codes:
        iso3 = row["ISO3166-1-Alpha-3"].strip()
        fix = overrides.get(iso3, {})
        if "exclude" in fix:
            continue
        check(iso3 in mledoze, f"{iso3} is not in mledoze countries.json")
        m = mledoze[iso3]
        untern_short = row["UNTERM English Short"].strip()
        if untern_short:
            status = "observer" if untern_short.endswith(" *") else "other" if untern_short.endswith("**") else "member"
        else:
            status = "other"
        status = fix.get("status", status)
        short = fix.get("short_name", untern_name(untern_short) or row["official_name_en"].strip())
        formal = fix.get("formal_name", untern_name(row["UNTERM English Formal"]))
        # The short name in the other official languages: UNTERM's where it lists the country, else the M49 name.
        names_in = {}
        for lang, (untern_column, m49_column) in OTHER_LANGUAGES.items():
            names_in[lang] = fix.get(f"short_name_{lang}", untern_name(row[untern_column]) or row[m49_column].strip())
            check(names_in[lang], f"{iso3}: no short name in {lang}")
        wikidata = fix.get("wikidata", row["wikidata_id"].strip().rsplit("/", 1)[-1])
        capitals = m.get("capital") or []
        capital = fix.get("capital", capitals[0] if capitals else "")
        m49 = row["M49"].strip()
        check(m49.isdigit(), f"{iso3}: M49 code {m49!r}")
        country = {
            "iso3": iso3, "iso2": row["ISO3166-1-Alpha-2"].strip(), "m49": m49.zfill(3), "status": status,
            "short": short, "formal": formal, "wikidata": wikidata, "geonames": row["Geoname ID"].strip(),
            "capital": capital, "m49name": row["official_name_en"].strip(), "names_in": names_in,
        }
        names = [row["official_name_en"], m["name"]["common"], m["name"]["official"]]
        names += [a for a in m.get("altSpellings", []) if STATE_FORM.search(a) and "," not in a]
        names += added_aliases.get(iso3, [])
        for r in unsc_aliases:
            if key(r["canonical"]) in (key(short), key(m["name"]["common"])):
                names.append(fix_case(r["alias"]))
            if key(r["alias"]) in (key(short), key(m["name"]["common"])):
                names.append(fix_case(r["canonical"]))
        own = {key(short), key(formal)} if formal else {key(short)}
        aliases = {}
        for name in names:
            name = re.sub(r"^the ", "", re.sub(r"\s+", " ", name).strip(), flags=re.I)
            k = key(name)
            if not name or k in own or k in blocked["alias"] or not re.search(r"[a-z]", name, re.I):
                continue
            if len(name) <= 3 and name.isupper() and name not in added_aliases.get(iso3, []):
                continue  # ISO and other codes ("AZ", "RSA") are not names documents print
            if not all(unicodedata.category(c)[0] in "LZNP" or c in "()" for c in name):
                continue
            if any(ord(c) > 0x24F for c in name):
                continue  # native names in non-Latin scripts
            aliases.setdefault(k, name)
        country["aliases"] = aliases
        adjectives = []
        for gender in ("m", "f"):
            demonym = m.get("demonyms", {}).get("eng", {}).get(gender, "")
            adjectives += [a.strip() for a in re.split(r",| or ", demonym) if a.strip()]
        adjectives += added_adjectives.get(iso3, [])
        country["adjectives"] = {key(a): a for a in adjectives
                                 if key(a) not in blocked["adjective"] and key(a) not in own}
        country["mledoze_member"] = bool(m.get("unMember"))
        countries.append(country)

    check(not set(overrides) - {c["iso3"] for c in countries} - {i for i, f in overrides.items() if "exclude" in f},
          f"overrides for unknown countries: {set(overrides) - {c['iso3'] for c in countries}}")

    # Membership: exactly 193 Member States and the two observer States. mledoze flags the Holy See
    # as a member, which it is not; apart from that the two sources must agree.
    members = {c["iso3"] for c in countries if c["status"] == "member"}
    observers = {c["iso3"] for c in countries if c["status"] == "observer"}
    check(len(members) == 193, f"{len(members)} Member States, expected 193")
    check(observers == {"VAT", "PSE"}, f"observer States {sorted(observers)}, expected the Holy See and the State of Palestine")
    mledoze_members = {c["iso3"] for c in countries if c["mledoze_member"]}
    check(mledoze_members - {"VAT"} == members,
          f"membership differs from mledoze: {sorted(mledoze_members ^ members)}")

    # A name that two countries claim, or that is another country's or an organization's name, denotes
    # neither unambiguously: it is dropped for all of them.
    claims = {}
    for c in countries:
        for k in {key(c["short"]), key(c["formal"] or c["short"])}:
            check(k not in claims, f"{c['iso3']}: name {k!r} already belongs to {claims.get(k)}")
            claims[k] = {c["iso3"]}
    alias_claims = {}
    for c in countries:
        for k in c["aliases"]:
            alias_claims.setdefault(k, set()).add(c["iso3"])
    dropped = []
    for c in countries:
        for k in list(c["aliases"]):
            if k in claims or len(alias_claims[k]) > 1 or k in organization_keys:
                dropped.append((c["iso3"], c["aliases"].pop(k)))
    # An adjective claimed by several entries is kept only when exactly one of them is a State
    # (member or observer): "French" is France's, although mledoze also gives it to the French
    # Southern Territories. Otherwise ("Congolese") it denotes no country.
    adjective_claims = {}
    for c in countries:
        for k in c["adjectives"]:
            adjective_claims.setdefault(k, []).append(c)
    for k, holders in adjective_claims.items():
        states = [c for c in holders if c["status"] != "other"]
        keep = holders[0] if len(holders) == 1 else states[0] if len(states) == 1 else None
        for c in holders:
            if c is not keep or k in claims or k in alias_claims:
                c["adjectives"].pop(k)
    return countries, dropped


def link_unbis(shared, countries):
    """A country gets the UNBIS geographic concept (related to a node of domain 17, Geographical
    descriptors) whose English label is exactly one of its names."""
    topics = json.load(open(shared / "unbis-thesaurus" / "all_topics.json", encoding="utf-8"))["topics"]
    by_label = {}
    for t in topics:
        if any(r.startswith("17") for r in t.get("related", [])):
            label = t["labels"].get("en", "").strip().upper()
            if label:
                by_label.setdefault(label, []).append(t["url"])
    used = {}
    for c in countries:
        c["unbis"] = ""
        candidates = [c["short"], c["formal"].removeprefix("the "), c["m49name"]] + sorted(c["aliases"].values())
        for name in candidates:
            urls = by_label.get(name.strip().upper(), [])
            if len(urls) == 1:
                check(urls[0] not in used, f"UNBIS concept {urls[0]} matches {used.get(urls[0])} and {c['iso3']}")
                c["unbis"] = urls[0]
                used[urls[0]] = c["iso3"]
                break


def unbis_labels(shared):
    """The English label of every UNBIS Thesaurus concept (not the microthesaurus nodes, whose ids have
    six digits), for linking agenda items whose title is exactly a concept's label, with the concept's
    labels in the other five official languages (empty where the Thesaurus has none), so that a page can
    name a linked concept in its reader's language. A label that two concepts share (ignoring case) is
    left out: it would not say which one is meant."""
    topics = json.load(open(shared / "unbis-thesaurus" / "all_topics.json", encoding="utf-8"))["topics"]
    by_label = {}
    for t in topics:
        label = " ".join(t["labels"].get("en", "").split())
        if label and not re.fullmatch(r"[0-9]{6}", t["identifier"]):
            others = tuple(" ".join(t["labels"].get(lang, "").split()) for lang in sorted(OTHER_LANGUAGES))
            by_label.setdefault(label.casefold(), []).append((label, t["url"], others))
    return sorted(v[0] for v in by_label.values() if len({url for _, url, _ in v}) == 1)


def build_organizations():
    orgs = read_tsv(CURATED / "organizations.tsv")
    slugs, names = set(), {}
    for o in orgs:
        check(SLUG.match(o["slug"]), f"organization slug {o['slug']!r}")
        check(o["slug"] not in slugs, f"organization slug {o['slug']} twice")
        slugs.add(o["slug"])
        check(o["principal_organ"] in ("true", "false"), f"{o['slug']}: principal_organ {o['principal_organ']!r}")
        if o["wikidata"]:
            check(WIKIDATA_ID.match(o["wikidata"]), f"{o['slug']}: Wikidata id {o['wikidata']!r}")
            evidence = [e for e in o["wikidata_evidence"].split("|") if e]
            check("brief" in evidence or len(evidence) >= 2,
                  f"{o['slug']}: Wikidata id {o['wikidata']} needs the brief or two sources, has {evidence}")
        for name in [o["name"]] + [a for a in o["aliases"].split("|") if a]:
            k = key(name)
            check(k not in names, f"organization name {name!r} given to {names.get(k)} and {o['slug']}")
            names[k] = o["slug"]
    check(sum(o["principal_organ"] == "true" for o in orgs) == 6, "there are six principal organs")
    return orgs, names


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared data folder (default: ../shared next to the project)")
    parser.add_argument("--out", type=Path, default=OUT,
                        help="where to write the tables (default: src/main/resources/unld/reference)")
    args = parser.parse_args()
    out = args.out
    shared = args.shared / "reference"
    check(shared.is_dir(), f"no reference data at {shared}")

    orgs, org_keys = build_organizations()
    countries, dropped = build_countries(shared, org_keys)
    link_unbis(shared, countries)

    ids = {}
    for c in countries:
        if c["wikidata"]:
            check(WIKIDATA_ID.match(c["wikidata"]), f"{c['iso3']}: Wikidata id {c['wikidata']!r}")
            check(c["wikidata"] not in ids, f"Wikidata id {c['wikidata']} on {ids.get(c['wikidata'])} and {c['iso3']}")
            ids[c["wikidata"]] = c["iso3"]
    for o in orgs:
        if o["wikidata"]:
            check(o["wikidata"] not in ids, f"Wikidata id {o['wikidata']} on {ids.get(o['wikidata'])} and {o['slug']}")
            ids[o["wikidata"]] = o["slug"]

    out.mkdir(parents=True, exist_ok=True)
    generated = "Generated by scripts/build-gazetteer.py; do not edit. Sources and licences: SOURCES.md."
    sort_names = lambda values: sorted(values, key=lambda v: (key(v), v))
    write_tsv(out / "countries.tsv", [generated, "Lists (aliases, adjectives) are separated by |."],
              ["iso3", "iso2", "m49", "status", "short_name", "formal_name", "wikidata", "geonames", "unbis",
               "capital", "aliases", "adjectives"] + [f"short_name_{lang}" for lang in sorted(OTHER_LANGUAGES)],
              [[c["iso3"], c["iso2"], c["m49"], c["status"], c["short"], c["formal"], c["wikidata"], c["geonames"],
                c["unbis"], c["capital"], "|".join(sort_names(c["aliases"].values())),
                "|".join(sort_names(c["adjectives"].values()))] + [c["names_in"][lang] for lang in sorted(OTHER_LANGUAGES)]
               for c in sorted(countries, key=lambda c: c["iso3"])])
    write_tsv(out / "organizations.tsv", [generated, "Aliases are separated by |."],
              ["slug", "name", "aliases", "wikidata", "principal_organ", "category"],
              [[o["slug"], o["name"], o["aliases"], o["wikidata"], o["principal_organ"], o["category"]]
               for o in sorted(orgs, key=lambda o: o["slug"])])
    phrases = read_tsv(CURATED / "ignored-phrases.tsv")
    write_tsv(out / "ignored-phrases.tsv", [generated], ["phrase", "note"],
              [[p["phrase"], p["note"]] for p in sorted(phrases, key=lambda p: p["phrase"])])

    labels = unbis_labels(shared)
    write_tsv(out / "unbis-labels.tsv", [generated, "Labels of UNBIS Thesaurus concepts; English labels two concepts share are left out."],
              ["label", "concept"] + [f"label_{lang}" for lang in sorted(OTHER_LANGUAGES)],
              [[label, url, *others] for label, url, others in labels])

    status = {s: sum(c["status"] == s for c in countries) for s in ("member", "observer", "other")}
    print(f"countries: {len(countries)} ({status['member']} members, {status['observer']} observers, "
          f"{status['other']} other areas), {sum(bool(c['unbis']) for c in countries)} with a UNBIS concept; "
          f"organizations: {len(orgs)} ({sum(bool(o['wikidata']) for o in orgs)} with a Wikidata id); "
          f"UNBIS labels: {len(labels)}")
    for iso3, alias in sorted(dropped):
        print(f"  ambiguous alias dropped: {iso3} {alias}", file=sys.stderr)


if __name__ == "__main__":
    try:
        main()
    except BuildError as e:
        sys.exit(f"build-gazetteer: {e}")
