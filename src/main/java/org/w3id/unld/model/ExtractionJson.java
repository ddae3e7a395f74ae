package org.w3id.unld.model;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The JSON form of an {@link Extraction}, as {@code unld extract} prints it and as expected files hold it.
 * Written field by field (not by reflection) because the JSON is a public contract: "addressee" is one
 * object for a letter and a list for identical letters; "meeting" appears for meeting records only;
 * a session's "kind" appears only where the session is not a regular one.
 */
public final class ExtractionJson {
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

    private ExtractionJson() {
    }

    public static String write(Extraction e) {
        return PRETTY.toJson(toJson(e));
    }

    /**
     * The extraction's JSON as {@link #write} gives it, followed by what the parser decided beyond the conventions'
     * fields and the mappers translate into the graph ({@code unld extract --graph-facts}): each event's {@code kind}
     * ("conference" or "other") and {@code edition} ({@code {series, ordinal}} or null), the meeting's {@code organ},
     * then the document's {@code relatedDocuments} ({@code {relation, symbol}}: what its symbols say it revises, adds to
     * or corrects), {@code signatories} (as the graph's signatures have them, a lone signer in the sender's
     * post with the sender's State), {@code citations} (the symbols of the documents it cites) and {@code mentions}
     * ({@code {kind, key, asPrinted}}: the countries, organizations and places it names). The conventions' fields keep
     * their order and values, so a reader of the plain JSON reads this one too.
     */
    public static String writeWithGraphFacts(ParsedDocument d) {
        return PRETTY.toJson(withGraphFacts(d));
    }

    /**
     * The extraction's JSON ({@link #write}), with the graph facts when asked ({@link #writeWithGraphFacts}) and, when
     * asked, an {@code evidence} object after the fields ({@code unld extract --evidence}): for each value's JSON
     * Pointer, the passages of the text as read that state it, {@code {start, end, quote}} in code points
     * ({@link Evidence}). Without either flag, exactly {@link #write}.
     */
    public static String write(ParsedDocument d, boolean graphFacts, boolean evidence) {
        JsonObject o = graphFacts ? withGraphFacts(d) : toJson(d.extraction());
        if (evidence) {
            JsonObject byField = new JsonObject();
            d.evidence().byField().forEach((field, passages) -> byField.add(field, array(passages, p -> {
                JsonObject j = new JsonObject();
                j.addProperty("start", p.start());
                j.addProperty("end", p.end());
                j.addProperty("quote", p.quote());
                return j;
            })));
            o.add("evidence", byField);
        }
        return PRETTY.toJson(o);
    }

    private static JsonObject withGraphFacts(ParsedDocument d) {
        Extraction e = d.extraction();
        JsonObject o = toJson(e);
        JsonArray events = o.getAsJsonArray("events");
        for (int i = 0; i < e.events().size(); i++) {
            Event v = e.events().get(i);
            JsonObject j = events.get(i).getAsJsonObject();
            j.addProperty("kind", v.kind().code());
            j.add("edition", v.edition() == null ? JsonNull.INSTANCE : edition(v.edition()));
        }
        if (e.meeting() != null) {
            o.getAsJsonObject("meeting").add("organ", text(e.meeting().organ()));
        }
        o.add("relatedDocuments", array(d.relatedDocuments(), r -> {
            JsonObject j = new JsonObject();
            j.addProperty("relation", r.relation().code());
            j.add("symbol", text(r.symbol()));
            return j;
        }));
        o.add("signatories", array(d.signatories(), ExtractionJson::agent));
        o.add("citations", array(d.citations(), c -> text(c.symbol())));
        o.add("mentions", array(d.mentions(), m -> {
            JsonObject j = new JsonObject();
            j.add("kind", text(m.kind() == null ? null : m.kind().name().toLowerCase(Locale.ROOT)));
            j.add("key", text(m.key()));
            j.add("asPrinted", text(m.asPrinted()));
            return j;
        }));
        return o;
    }

    public static JsonObject toJson(Extraction e) {
        JsonObject o = new JsonObject();
        o.add("symbols", strings(e.symbols()));
        o.add("symbolSource", text(e.symbolSource() == null ? null : e.symbolSource().code()));
        o.add("organs", strings(e.organs()));
        o.add("distribution", text(e.distribution()));
        o.add("date", date(e.date()));
        o.add("originalLanguage", text(e.originalLanguage()));
        o.add("sessions", array(e.sessions(), s -> {
            JsonObject j = new JsonObject();
            j.add("organ", text(s.organ()));
            j.addProperty("number", s.number());
            if (s.kind() != null) {
                j.addProperty("kind", s.kind());
            }
            return j;
        }));
        o.add("agendaItems", array(e.agendaItems(), i -> {
            JsonObject j = new JsonObject();
            j.add("organ", text(i.organ()));
            j.add("session", i.session() == null ? JsonNull.INSTANCE : new JsonPrimitive(i.session()));
            j.add("number", text(i.number()));
            j.add("title", text(i.title()));
            return j;
        }));
        o.add("documentType", text(e.documentType().code()));
        o.add("title", text(e.title()));
        o.add("sender", e.sender() == null ? JsonNull.INSTANCE : agent(e.sender()));
        o.add("addressee", addressee(e.addressees()));
        o.add("sponsors", strings(e.sponsors()));
        o.add("annexes", array(e.annexes(), a -> {
            JsonObject j = new JsonObject();
            j.add("title", text(a.title()));
            j.add("author", a.author() == null ? JsonNull.INSTANCE : author(a.author()));
            j.add("place", text(a.place()));
            j.add("date", date(a.date()));
            return j;
        }));
        o.add("events", array(e.events(), v -> {
            JsonObject j = new JsonObject();
            j.add("name", text(v.name()));
            j.add("startDate", date(v.startDate()));
            j.add("endDate", date(v.endDate()));
            j.add("place", text(v.place()));
            return j;
        }));
        if (e.meeting() != null) {
            Meeting m = e.meeting();
            JsonObject j = new JsonObject();
            j.add("number", text(m.number()));
            j.add("date", date(m.date()));
            j.add("time", text(m.time()));
            j.add("place", text(m.place()));
            j.add("president", text(m.president()));
            o.add("meeting", j);
        }
        return o;
    }

    /** Reads the JSON that {@link #write} gives (and that expected files hold) back into an extraction. */
    public static Extraction read(String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        String source = str(o, "symbolSource");
        return new Extraction(
                strList(o, "symbols"),
                source == null ? null : SymbolSource.valueOf(source.toUpperCase(Locale.ROOT)),
                strList(o, "organs"),
                str(o, "distribution"),
                localDate(o, "date"),
                str(o, "originalLanguage"),
                objects(o, "sessions", j -> new Session(str(j, "organ"), j.get("number").getAsInt(), str(j, "kind"))),
                objects(o, "agendaItems", j -> new AgendaItem(str(j, "organ"), integer(j, "session"), str(j, "number"), str(j, "title"))),
                DocumentType.fromCode(str(o, "documentType"))
                        .orElseThrow(() -> new IllegalArgumentException("unknown documentType " + str(o, "documentType"))),
                str(o, "title"),
                present(o, "sender") ? readAgent(o.getAsJsonObject("sender")) : null,
                readAddressees(o.get("addressee")),
                strList(o, "sponsors"),
                objects(o, "annexes", j -> new Annex(str(j, "title"),
                        present(j, "author") ? new Author(str(j.getAsJsonObject("author"), "name"), str(j.getAsJsonObject("author"), "role")) : null,
                        str(j, "place"), localDate(j, "date"))),
                objects(o, "events", j -> new Event(str(j, "name"), localDate(j, "startDate"), localDate(j, "endDate"), str(j, "place"))),
                present(o, "meeting") ? readMeeting(o.getAsJsonObject("meeting")) : null);
    }

    private static JsonElement addressee(List<Addressee> addressees) {
        if (addressees.isEmpty()) {
            return JsonNull.INSTANCE;
        }
        if (addressees.size() == 1) {
            return role(addressees.get(0));
        }
        return array(addressees, ExtractionJson::role);
    }

    private static JsonObject role(Addressee a) {
        JsonObject j = new JsonObject();
        j.add("role", text(a.role()));
        return j;
    }

    private static JsonObject agent(Agent a) {
        JsonObject j = new JsonObject();
        j.add("name", text(a.name()));
        j.add("title", text(a.title()));
        j.add("role", text(a.role()));
        j.add("country", text(a.country()));
        return j;
    }

    private static JsonObject edition(Event.Edition edition) {
        JsonObject j = new JsonObject();
        j.addProperty("series", edition.series());
        j.addProperty("ordinal", edition.ordinal());
        return j;
    }

    private static JsonObject author(Author a) {
        JsonObject j = new JsonObject();
        j.add("name", text(a.name()));
        j.add("role", text(a.role()));
        return j;
    }

    private static Agent readAgent(JsonObject j) {
        return new Agent(str(j, "name"), str(j, "title"), str(j, "role"), str(j, "country"));
    }

    private static Meeting readMeeting(JsonObject j) {
        return new Meeting(str(j, "number"), localDate(j, "date"), str(j, "time"), str(j, "place"), str(j, "president"));
    }

    private static List<Addressee> readAddressees(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return List.of();
        }
        if (e.isJsonObject()) {
            return List.of(new Addressee(str(e.getAsJsonObject(), "role")));
        }
        List<Addressee> out = new ArrayList<>();
        e.getAsJsonArray().forEach(a -> out.add(new Addressee(str(a.getAsJsonObject(), "role"))));
        return out;
    }

    private static JsonElement text(String s) {
        return s == null ? JsonNull.INSTANCE : new JsonPrimitive(s);
    }

    private static JsonElement date(LocalDate d) {
        return d == null ? JsonNull.INSTANCE : new JsonPrimitive(d.toString());
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static <T> JsonArray array(List<T> values, Function<T, JsonElement> f) {
        JsonArray a = new JsonArray();
        values.forEach(v -> a.add(f.apply(v)));
        return a;
    }

    private static boolean present(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull();
    }

    private static String str(JsonObject o, String key) {
        return present(o, key) ? o.get(key).getAsString() : null;
    }

    private static Integer integer(JsonObject o, String key) {
        return present(o, key) ? o.get(key).getAsInt() : null;
    }

    private static LocalDate localDate(JsonObject o, String key) {
        String s = str(o, key);
        return s == null ? null : LocalDate.parse(s);
    }

    private static List<String> strList(JsonObject o, String key) {
        return list(o, key, JsonElement::getAsString);
    }

    private static <T> List<T> objects(JsonObject o, String key, Function<JsonObject, T> f) {
        return list(o, key, e -> f.apply(e.getAsJsonObject()));
    }

    private static <T> List<T> list(JsonObject o, String key, Function<JsonElement, T> f) {
        List<T> out = new ArrayList<>();
        if (present(o, key)) {
            o.getAsJsonArray(key).forEach(e -> out.add(f.apply(e)));
        }
        return out;
    }
}
