package org.stdkg.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which admin paths a remote client may use. */
class AdminGuardTest {

    @Test
    void readOnlyEndpointsTheUiNeedsStayOpen() {
        assertTrue(AdminGuard.isOpen("GET", "/$/ping"));
        assertTrue(AdminGuard.isOpen("GET", "/$/metrics"));
        assertTrue(AdminGuard.isOpen("GET", "/$/server"));
        assertTrue(AdminGuard.isOpen("GET", "/$/datasets"));
        assertTrue(AdminGuard.isOpen("GET", "/$/stats/kg"));
        assertTrue(AdminGuard.isOpen("POST", "/$/validate/query"));
    }

    @Test
    void operationsThatChangeOrExposeTheServerAreClosed() {
        assertFalse(AdminGuard.isOpen("POST", "/$/datasets"));
        assertFalse(AdminGuard.isOpen("DELETE", "/$/datasets/kg"));
        assertFalse(AdminGuard.isOpen("GET", "/$/datasets/kg"));
        assertFalse(AdminGuard.isOpen("POST", "/$/backup/kg"));
        assertFalse(AdminGuard.isOpen("GET", "/$/backups-list"));
        assertFalse(AdminGuard.isOpen("POST", "/$/compact/kg"));
        assertFalse(AdminGuard.isOpen("GET", "/$/tasks"));
        assertFalse(AdminGuard.isOpen("POST", "/$/reload"));
        assertFalse(AdminGuard.isOpen("POST", "/$/ping/../datasets"));
    }
}
