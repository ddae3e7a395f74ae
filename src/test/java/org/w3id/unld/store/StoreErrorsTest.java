package org.w3id.unld.store;

import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.query.text.TextIndexException;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A locked store is told by the type of what TDB2 or Lucene throws, not by its words. (A store held by another
 * process, TDB2's {@code ProcessFileLock}, is {@link StoreLockTest}'s case.)
 */
class StoreErrorsTest {
    static final StoreLocation LOCATION = new StoreLocation(Path.of("db"));

    @Test
    void tdbsLockHeldInThisProcessIsAStoreInUse() {
        RuntimeException e = new RuntimeException("opening", new AlreadyLocked("Failed to get a lock: file='db/tdb.lock': Lock already held"));
        String message = StoreErrors.explain(LOCATION, e).getMessage();
        assertTrue(message.contains("is in use by another process"), message);
    }

    @Test
    void theTextIndexsWriteLockIsAStoreInUse() {
        RuntimeException e = new TextIndexException(new LockObtainFailedException("Lock held by this virtual machine: db/text-index/write.lock"));
        String message = StoreErrors.explain(LOCATION, e).getMessage();
        assertTrue(message.contains("is in use by another process"), message);
    }

    @Test
    void wordsAboutALockInAnotherExceptionAreNotALock() {
        RuntimeException e = new IllegalStateException("already locked: held by process 12 (write.lock)");
        assertEquals("cannot open the store " + LOCATION.folder() + ": already locked: held by process 12 (write.lock)",
                StoreErrors.explain(LOCATION, e).getMessage());
    }
}
