package org.w3id.unld.map;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.w3id.unld.reference.Gazetteer;

class ScratchPrint {
    @Test
    void print() throws Exception {
        var mapper = new DocumentMapper("http://localhost:3030/", Gazetteer.standard(), "0.1.0");
        MappedDocument m = mapper.map(TestDocuments.reference());
        m.graph().getPrefixMapping().setNsPrefixes(Terms.prefixes());
        try (var out = new java.io.FileOutputStream("/tmp/reference.ttl")) {
            RDFDataMgr.write(out, m.graph(), RDFFormat.TURTLE_BLOCKS);
        }
    }
}
