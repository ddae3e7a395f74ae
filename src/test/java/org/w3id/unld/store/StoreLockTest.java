package org.w3id.unld.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A TDB2 folder can be open in one JVM only: a second process must be told so, not shown a stack trace. */
class StoreLockTest {
    @TempDir
    Path db;

    /** Run in a child JVM: opens the store, says so, and holds it until its input closes. */
    public static void main(String[] args) throws Exception {
        try (DocumentStore store = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(Path.of(args[0]))))) {
            System.out.println("open");
            System.out.flush();
            System.in.read();
        }
    }

    @Test
    void aStoreHeldByAnotherProcessIsRefusedWithAClearMessage() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreLockTest.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            String line = new BufferedReader(new InputStreamReader(holder.getInputStream())).readLine();
            assertEquals("open", line, "the child process could not open the store");
            StoreUnavailableException e = assertThrows(StoreUnavailableException.class,
                    () -> DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(db))));
            assertTrue(e.getMessage().contains("is in use by process " + holder.pid()), e.getMessage());
            assertTrue(e.getMessage().contains("stop it first, or give another --db"), e.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
    }
}
