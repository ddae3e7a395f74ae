package org.w3id.unld.parse;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two JSON values as JSON (key order free, array order kept) and lists the differences field
 * by field with their paths ("sender.name: expected "Tofiq Musayev", got null"), so a failing golden
 * test says what is wrong, not only that something is.
 */
final class JsonDiff {
    private JsonDiff() {
    }

    static List<String> diff(JsonElement expected, JsonElement actual) {
        List<String> out = new ArrayList<>();
        diff("", expected, actual, out);
        return out;
    }

    /** The top-level fields that differ, for per-field tallies. */
    static Set<String> fields(List<String> differences) {
        Set<String> fields = new TreeSet<>();
        for (String d : differences) {
            int end = d.length();
            for (char c : new char[]{'.', '[', ':'}) {
                int k = d.indexOf(c);
                if (k > 0 && k < end) {
                    end = k;
                }
            }
            fields.add(d.substring(0, end));
        }
        return fields;
    }

    private static void diff(String path, JsonElement e, JsonElement a, List<String> out) {
        JsonElement exp = e == null ? JsonNull.INSTANCE : e;
        JsonElement act = a == null ? JsonNull.INSTANCE : a;
        if (exp.isJsonObject() && act.isJsonObject()) {
            JsonObject eo = exp.getAsJsonObject();
            JsonObject ao = act.getAsJsonObject();
            Set<String> keys = new TreeSet<>(eo.keySet());
            keys.addAll(ao.keySet());
            for (String k : keys) {
                if (!eo.has(k)) {
                    out.add(join(path, k) + ": not expected, got " + ao.get(k));
                } else if (!ao.has(k)) {
                    out.add(join(path, k) + ": expected " + eo.get(k) + ", missing");
                } else {
                    diff(join(path, k), eo.get(k), ao.get(k), out);
                }
            }
            return;
        }
        if (exp.isJsonArray() && act.isJsonArray()) {
            JsonArray ea = exp.getAsJsonArray();
            JsonArray aa = act.getAsJsonArray();
            if (ea.size() != aa.size()) {
                out.add(path + ": expected " + ea.size() + " element(s) " + ea + ", got " + aa.size() + " " + aa);
                return;
            }
            for (int i = 0; i < ea.size(); i++) {
                diff(path + "[" + i + "]", ea.get(i), aa.get(i), out);
            }
            return;
        }
        if (!exp.equals(act)) {
            out.add(path + ": expected " + exp + ", got " + act);
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
