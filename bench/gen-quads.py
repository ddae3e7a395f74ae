#!/usr/bin/env python3
"""Writes a synthetic unld-like store as N-Quads to stdout: one named graph per document, organs, sessions and
some agenda items described again in every document graph that uses them (so the union has duplicates to drop:
about 16% of the quads), blank-node signatures,
language-tagged, typed and long literals, and a Wikidata linkset graph. Deterministic for a given size.

usage: gen-quads.py QUADS [BASE]
"""
import sys

quads_wanted = int(sys.argv[1])
base = sys.argv[2] if len(sys.argv) > 2 else "http://localhost:3030/"
U = "https://w3id.org/unld/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
DCT = "http://purl.org/dc/terms/"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
XSD = "http://www.w3.org/2001/XMLSchema#"
ORGANS = ["ga", "sc", "ecosoc", "hrc", "tc", "sg"]
out = sys.stdout
write = out.write
n = 0
doc = 0
linkset = base + "graph/linkset/wikidata"
while n < quads_wanted:
    doc += 1
    sym = "A/%d/%d" % (70 + doc % 10, doc)
    d = "<%sid/document/%s>" % (base, sym)
    g = " <%sgraph/document/%s> .\n" % (base, sym)
    organ = ORGANS[doc % len(ORGANS)]
    o = "<%sid/organ/%s>" % (base, organ)
    session = "<%sid/session/%s/%d>" % (base, organ, 70 + doc % 10)
    lines = [
        d, RDF_TYPE, "<%sDocument>" % U,
        d, RDF_TYPE, "<%sLetter>" % U,
        d, "<%ssymbol>" % U, '"%s"' % sym,
        d, "<%stitle>" % DCT, '"Letter dated %d December 2024 from the Permanent Representative \\"%d\\""@en' % (doc % 28 + 1, doc),
        d, "<%stitle>" % DCT, '"Lettre dat\u00e9e du %d d\u00e9cembre 2024"@fr' % (doc % 28 + 1),
        d, "<%sdate>" % DCT, '"2024-12-%02d"^^<%sdate>' % (doc % 28 + 1, XSD),
        d, "<%spageCount>" % U, '"%d"^^<%sinteger>' % (doc % 40 + 1, XSD),
        d, "<%sissuedBy>" % U, o,
        d, "<%ssession>" % U, session,
        d, "<%sfullText>" % U, '"Document %d.\\nThe General Assembly, recalling its resolution %d, notes the report of the Secretary-General on agenda item %d and decides to continue the consideration of the question at its next session."' % (doc, doc * 7 % 1000, doc % 150),
        o, RDF_TYPE, "<%sOrgan>" % U,
        o, RDFS_LABEL, '"%s"@en' % organ.upper(),
        session, RDF_TYPE, "<%sSession>" % U,
        session, "<%sorgan>" % U, o,
    ]
    for k in range(0, len(lines), 3):
        write("%s %s %s%s" % (lines[k], lines[k + 1], lines[k + 2], g))
    n += len(lines) // 3
    for item in range(4):
        # Most agenda items are the document's own; one in four is shared with other documents.
        number = (doc + item * 13) % 170 if item == 0 else 1000 + doc * 3 + item
        a = "<%sid/agenda-item/%s/%d/%d>" % (base, organ, 70 + doc % 10, number)
        write("%s <%sagendaItem> %s%s" % (d, U, a, g))
        write("%s %s <%sAgendaItem>%s" % (a, RDF_TYPE, U, g))
        write("%s <%sitemNumber> \"%d\"%s" % (a, U, number, g))
        write("%s <%stitle> \"Agenda item %d\"@en%s" % (a, DCT, number, g))
        n += 4
    for s in range(3):
        b = "_:sig%d_%d" % (doc, s)
        write("%s <%ssignature> %s%s" % (d, U, b, g))
        write("%s %s <%sSignature>%s" % (b, RDF_TYPE, U, g))
        write("%s <%ssignatoryName> \"Signatory %d of document %d \u5f20\"%s" % (b, U, s, doc, g))
        write("%s <%sposition> \"%d\"^^<%sinteger>%s" % (b, U, s + 1, XSD, g))
        n += 4
    if doc % 2 == 0:
        write("%s <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q%d> <%s> .\n" % (d, 1000000 + doc, linkset))
        n += 1
sys.stderr.write("%d quads, %d documents\n" % (n, doc))
