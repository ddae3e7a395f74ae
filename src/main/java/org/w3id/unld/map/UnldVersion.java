package org.w3id.unld.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of unld, as the pom sets it: Maven writes it into {@code unld/version.properties} when it
 * builds, so provenance records the version of the build without a second place to keep in step.
 */
public final class UnldVersion {
    private static final String RESOURCE = "/unld/version.properties";
    private static final String CURRENT = load();

    private UnldVersion() {
    }

    /** The version of the running build ("0.1.0"). */
    public static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = UnldVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath: build unld with Maven");
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "").trim();
            if (version.isEmpty() || version.contains("${")) {
                throw new IllegalStateException(RESOURCE + " was not filtered by Maven: build unld with Maven");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
