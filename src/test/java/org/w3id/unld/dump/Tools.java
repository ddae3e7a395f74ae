package org.w3id.unld.dump;

import org.w3id.unld.testing.Prerequisites;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Independent programs that check unld's files: raptor's rapper, coreutils' sort and sha256sum. Without rapper or
 * curl a test is skipped, or fails on CI ({@link Prerequisites}; tests that use them are tagged {@code clients});
 * coreutils are part of every system the tests run on.
 */
public final class Tools {
    private static final Pattern RAPPER_COUNT = Pattern.compile("Parsing returned (\\d+) (triples?|statements?)");

    private Tools() {
    }

    /** The result of a program run. */
    public record Run(int exit, String out, String err) {
    }

    public static Run run(Path directory, Map<String, String> env, String... command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile());
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            byte[] out = readAll(p.getInputStream());
            int exit = p.waitFor();
            return new Run(exit, new String(out, StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail(command[0] + " cannot be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks a file with {@code rapper -c} (count only, no output) and returns the number of triples it read. */
    public static long rapper(Path file, String syntax) {
        String rapper = Prerequisites.program("rapper", "raptor2-utils");
        Run r = run(file.toAbsolutePath().getParent(), Map.of(), rapper, "-c", "-i", syntax, file.toAbsolutePath().toString());
        assertEquals(0, r.exit(), () -> "rapper -c -i " + syntax + " " + file + " failed: " + r.err());
        assertTrue(!r.err().contains("Error") && !r.err().contains("Warning"), () -> "rapper complained about " + file + ": " + r.err());
        Matcher m = RAPPER_COUNT.matcher(r.err());
        assertTrue(m.find(), () -> "rapper did not say how many triples it read: " + r.err());
        return Long.parseLong(m.group(1));
    }

    /** {@code LC_ALL=C sort} of a file's lines (with -u for unique lines), as bytes. */
    public static byte[] cSort(Path file, boolean unique) {
        List<String> cmd = new ArrayList<>(List.of("sort"));
        if (unique) {
            cmd.add("-u");
        }
        cmd.add(file.toAbsolutePath().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            assertEquals(0, p.waitFor(), () -> "sort failed: " + new String(out, StandardCharsets.UTF_8));
            return out;
        } catch (IOException e) {
            return fail("sort cannot be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    /** curl with {@code arguments}, run in {@code directory}. */
    public static Run curl(Path directory, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Prerequisites.program("curl", "curl")));
        command.addAll(List.of(arguments));
        return run(directory, Map.of(), command.toArray(String[]::new));
    }

    /** {@code sha256sum -c SHA256SUMS} in a folder. */
    public static Run sha256sumCheck(Path folder) {
        return run(folder, Map.of(), "sha256sum", "-c", "--strict", "SHA256SUMS");
    }

    /** Writes the decompressed content of a .gz file next to {@code to}. */
    public static Path gunzip(Path gz, Path to) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz)); OutputStream out = Files.newOutputStream(to)) {
            in.transferTo(out);
        }
        return to;
    }
}
