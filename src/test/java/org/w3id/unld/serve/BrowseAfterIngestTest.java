package org.w3id.unld.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.testing.TestResources;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The browse lists are remembered for a minute, and forgotten as soon as an ingest changes the store. */
class BrowseAfterIngestTest {
    @TempDir
    static Path folder;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(folder, Duration.ofSeconds(10), 10_000, 1024 * 1024);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aDocumentIngestedOverHttpIsInTheBrowseListsAtOnce() throws IOException {
        String before = server.get("/browse/documents", "text/html").body();
        assertTrue(before.contains("124 documents"), before);
        assertFalse(server.get("/browse/documents?page=2", "text/html").body().contains("A/HRC/PRST/OS/14/2"));

        HttpResponse<String> stored = server.send(HttpRequest.newBuilder(URI.create(server.url("ingest?name=A_HRC_PRST_OS_14_2.txt")))
                .header("Authorization", TestServer.basicAuth(TestServer.USER, TestServer.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(TestResources.AGENDA_ITEM_WITHOUT_SESSION))).build());
        assertEquals(200, stored.statusCode(), stored.body());

        String after = server.get("/browse/documents", "text/html").body();
        assertTrue(after.contains("125 documents"), after);
        // Undated, it comes after the dated documents, on the second page.
        String second = server.get("/browse/documents?page=2", "text/html").body();
        assertTrue(after.contains("A/HRC/PRST/OS/14/2") || second.contains("A/HRC/PRST/OS/14/2"), second);
        assertTrue(server.get("/", "text/html").body().contains("All 125 documents"));
    }
}
