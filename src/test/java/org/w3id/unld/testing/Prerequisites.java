package org.w3id.unld.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a test needs beyond Java, Maven and the repository: the shared material ({@link SharedCorpus}, tests tagged
 * {@code corpus}) and programs that are not unld (rapper, curl, chromium, Python's rdflib, node's jsonld: tests tagged
 * {@code clients}). When one is missing, the test is skipped with what to install, so that {@code mvn -B verify}
 * passes in a clone of the repository alone. With {@code UNLD_REQUIRE_ALL=1} in the environment (.ci/run sets it)
 * the test fails instead: on CI nothing is skipped.
 */
public final class Prerequisites {
    /** The environment variable that turns a missing prerequisite into a failure. */
    public static final String REQUIRE_ALL = "UNLD_REQUIRE_ALL";

    private Prerequisites() {
    }

    /** Whether a missing prerequisite fails the test (CI) rather than skipping it. */
    public static boolean required() {
        return "1".equals(System.getenv(REQUIRE_ALL));
    }

    /** Stops the test because {@code what} is missing; the message says how to get it. Returns nothing. */
    public static <T> T missing(String what) {
        if (required()) {
            return fail(what + " (" + REQUIRE_ALL + "=1: a test that cannot run fails)");
        }
        return Assumptions.abort(what + " (skipped; " + REQUIRE_ALL + "=1 makes this a failure)");
    }

    /** The path of {@code program} on the PATH (or in /usr/bin), or the test stops saying which package brings it. */
    public static String program(String program, String debianPackage) {
        for (String dir : (System.getenv("PATH") + File.pathSeparator + "/usr/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return missing(program + " is not installed: apt-get install " + debianPackage + " (see .ci/run)");
    }
}
