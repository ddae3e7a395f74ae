package org.w3id.unld.vocab;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one vocabulary: unld's terms as the ontology declares them, the one prefix table as the ontology's and
 * shapes' files declare it, and each namespace written in one file of the code.
 */
class VocabularyTest {
    static final Path ONTOLOGY_FOLDER = Path.of("ontology");
    static final Path SHAPES_FOLDER = Path.of("shapes");
    static final Path MAIN_CODE = Path.of("src", "main", "java");
    static final Path CONTEXT = Path.of("src", "main", "resources", "unld", "web", "context.jsonld");
    static final Pattern UNLD_CURIE = Pattern.compile("(?<![\\w:-])unld:([A-Za-z]\\w*)");

    static Graph ontology;

    @BeforeAll
    static void load() throws IOException {
        ontology = GraphMemFactory.createDefaultGraph();
        for (Path file : turtleFiles(ONTOLOGY_FOLDER)) {
            RDFParser.source(file).lang(Lang.TURTLE).parse(ontology);
        }
    }

    @Test
    void everyTermOfUnldIsDeclaredInTheOntologyAndNamedAsItsLocalName() throws IllegalAccessException {
        List<String> wrong = new ArrayList<>();
        int terms = 0;
        for (Field f : Unld.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Node.class || f.getName().equals("SOFTWARE")) {
                continue;
            }
            terms++;
            Node term = (Node) f.get(null);
            String local = term.getURI().substring(Unld.NS.length());
            if (!term.getURI().startsWith(Unld.NS) || !local.equals(f.getName())) {
                wrong.add(f.getName() + " is " + term.getURI());
            }
            boolean classOrIndividual = is(term, OWL.Class.asNode()) || is(term, OWL2.NamedIndividual.asNode());
            boolean property = is(term, OWL.ObjectProperty.asNode()) || is(term, OWL.DatatypeProperty.asNode());
            if (Character.isUpperCase(local.charAt(0)) ? !classOrIndividual : !property) {
                wrong.add(f.getName() + " is not declared as " + (Character.isUpperCase(local.charAt(0))
                        ? "a class or an individual" : "a property") + " in " + ONTOLOGY_FOLDER);
            }
        }
        assertTrue(terms > 70, "Unld holds the vocabulary: " + terms + " terms");
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyUnldTermTheCodeAndTheJsonLdContextWriteIsDeclared() throws IOException {
        Set<String> undeclared = new TreeSet<>();
        List<Path> files = new ArrayList<>(javaFiles());
        files.add(CONTEXT);
        for (Path file : files) {
            Matcher m = UNLD_CURIE.matcher(Files.readString(file));
            while (m.find()) {
                Node term = Unld.term(m.group(1));
                if (!ontology.find(term, RDF.Nodes.type, Node.ANY).hasNext()) {
                    undeclared.add("unld:" + m.group(1) + " in " + file);
                }
            }
        }
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void theOntologyAndShapesFilesDeclareThePrefixesOfThePrefixTable() throws IOException {
        List<String> disagreements = new ArrayList<>();
        List<Path> files = new ArrayList<>(turtleFiles(ONTOLOGY_FOLDER));
        files.addAll(turtleFiles(SHAPES_FOLDER));
        for (Path file : files) {
            Graph g = GraphMemFactory.createDefaultGraph();
            RDFParser.source(file).lang(Lang.TURTLE).parse(g);
            g.getPrefixMapping().getNsPrefixMap().forEach((prefix, ns) -> {
                String ours = Prefixes.ALL.getNsPrefixURI(prefix);
                if (!ns.equals(ours)) {
                    disagreements.add(file + ": " + prefix + ": <" + ns + "> where the table has " + (ours == null ? "no such prefix" : "<" + ours + ">"));
                }
            });
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void thePublishedJsonLdContextBindsItsPrefixesAsTheTableDoes() throws IOException {
        JsonObject context = JsonParser.parseString(Files.readString(CONTEXT)).getAsJsonObject().getAsJsonObject("@context");
        List<String> disagreements = new ArrayList<>();
        int prefixes = 0;
        for (Map.Entry<String, JsonElement> e : context.entrySet()) {
            if (e.getValue().isJsonPrimitive() && e.getValue().getAsString().matches("https?://.*[/#]")) {
                prefixes++;
                String ours = Prefixes.ALL.getNsPrefixURI(e.getKey());
                if (!e.getValue().getAsString().equals(ours)) {
                    disagreements.add(e.getKey() + ": <" + e.getValue().getAsString() + "> where the table has " + ours);
                }
            }
        }
        assertTrue(prefixes > 5, "the context declares prefixes");
        assertEquals(List.of(), disagreements);
    }

    @Test
    void theDataAndDescriptionPrefixesAreTheTables() {
        Prefixes.DATA.forEach((prefix, ns) -> assertEquals(Prefixes.namespace(prefix), ns));
        Prefixes.DESCRIPTION.forEach((prefix, ns) -> assertEquals(Prefixes.namespace(prefix), ns));
        Prefixes.ALL.getNsPrefixMap().values().forEach(ns -> assertTrue(ns.endsWith("/") || ns.endsWith("#"),
                () -> ns + " ends with '/' or '#', as JSON-LD 1.1 requires of a prefix"));
    }

    /** The acceptance line of the vocabulary: grep finds each namespace IRI in one file of src/main/java, at most. */
    @Test
    void eachNamespaceIsWrittenInOneFileOfTheCodeAtMost() throws IOException {
        Set<String> namespaces = new TreeSet<>(Prefixes.ALL.getNsPrefixMap().values());
        namespaces.addAll(List.of(Datasets.WIKIDATA_ENTITY, Datasets.WIKIDATA_HOME, Datasets.GEONAMES_FEATURE, Datasets.GEONAMES_HOME,
                Datasets.UNBIS_CONCEPT, Datasets.UNBIS_HOME, Datasets.UNDOCS, Datasets.ISO639_1,
                "http://jena.apache.org/text#", "http://jena.apache.org/2016/tdb#", "http://jena.apache.org/fuseki#",
                "http://jena.hpl.hp.com/2005/11/Assembler#"));
        Map<String, List<Path>> writtenIn = new TreeMap<>();
        for (Path file : javaFiles()) {
            String code = Files.readString(file);
            for (String ns : namespaces) {
                if (code.contains(ns)) {
                    writtenIn.computeIfAbsent(ns, k -> new ArrayList<>()).add(file);
                }
            }
        }
        writtenIn.values().removeIf(inFiles -> inFiles.size() <= 1);
        assertEquals(Map.of(), writtenIn);
    }

    @Test
    void theIriPathsAreEncodedAsTheContractSays() {
        assertEquals("S/RES/2331%20%282016%29", IriPaths.encodePath("S/RES/2331 (2016)"));
        assertEquals("S/RES/2331(2016)", IriPaths.encode("S/RES/2331(2016)", "/()"));
        assertEquals("E/CN.4/2005/L.10%C3%A9~_-", IriPaths.encodePath("E/CN.4/2005/L.10é~_-"));
        assertEquals("id/document/", IriPaths.DOCUMENT);
        assertEquals("graph/document/", IriPaths.DOCUMENT_GRAPH);
        assertEquals("graph/linkset/", IriPaths.LINKSET_GRAPH);
    }

    private static boolean is(Node term, Node type) {
        return ontology.contains(term, RDF.Nodes.type, type);
    }

    private static List<Path> turtleFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
            assertTrue(!files.isEmpty(), "Turtle files in " + folder);
            return files;
        }
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN_CODE)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
