package dev.prodready.check.data;

import dev.prodready.check.infrastructure.IacBlock;
import dev.prodready.fact.Evidence;

/**
 * One database's state for a data-protection setting: in place, missing, or not readable from the files
 * (set through a variable or module).
 */
record DbSetting(State state, Evidence evidence) {

    enum State { OK, MISSING, UNRESOLVED }

    static DbSetting ok(Evidence evidence) {
        return new DbSetting(State.OK, evidence);
    }

    static DbSetting missing(Evidence evidence) {
        return new DbSetting(State.MISSING, evidence);
    }

    static DbSetting unresolved(IacBlock db, String note) {
        return new DbSetting(State.UNRESOLVED, db.evidence(note));
    }
}
