package org.w3id.unld.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs a program that is not unld (rapper, Debian's python3, node, chromium) as an independent client of the
 * server. Tests find the program with {@link org.w3id.unld.testing.Prerequisites#program}: a missing one skips the
 * test with what to install, or fails it on CI (.ci/run installs them).
 */
final class ExternalProgram {
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private ExternalProgram() {
    }

    static Result run(List<String> command, Map<String, String> environment, long timeoutSeconds) {
        try {
            Path out = Files.createTempFile("unld-client", ".out");
            Path err = Files.createTempFile("unld-client", ".err");
            try {
                ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
                pb.environment().putAll(environment);
                Process p = pb.start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail(command.get(0) + " did not finish within " + timeoutSeconds + " s: " + Files.readString(err));
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            return fail("cannot run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }
}
