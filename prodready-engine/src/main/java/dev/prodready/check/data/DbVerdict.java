package dev.prodready.check.data;

import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;

import java.util.ArrayList;
import java.util.List;

/** Folds per-database settings into one outcome: any missing fails, then unreadable is unknown, else it passes. */
final class DbVerdict {

    private final List<DbSetting> settings = new ArrayList<>();

    void add(DbSetting setting) {
        settings.add(setting);
    }

    boolean isEmpty() {
        return settings.isEmpty();
    }

    Outcome outcome(String passMessage, String failMessage, String unknownMessage) {
        List<Evidence> missing = of(DbSetting.State.MISSING);
        if (!missing.isEmpty()) {
            return Outcome.fail(failMessage, missing.stream().limit(6).toList());
        }
        List<Evidence> unresolved = of(DbSetting.State.UNRESOLVED);
        if (!unresolved.isEmpty()) {
            return Outcome.unknown(unknownMessage, unresolved.stream().limit(6).toList());
        }
        return Outcome.pass(passMessage, of(DbSetting.State.OK).stream().limit(6).toList());
    }

    private List<Evidence> of(DbSetting.State state) {
        return settings.stream().filter(s -> s.state() == state).map(DbSetting::evidence).toList();
    }
}
