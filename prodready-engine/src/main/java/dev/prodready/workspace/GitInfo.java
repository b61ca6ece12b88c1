package dev.prodready.workspace;

import java.time.Instant;
import java.util.List;

/**
 * What the repository's history says at a glance.
 *
 * @param head        the commit checked out, full hash
 * @param branch      the branch name, or "" when detached
 * @param shallow     a shallow clone: history before its boundary is missing
 * @param commits     commits reachable from HEAD (only those present when shallow)
 * @param authors     distinct author e-mails over that history, sorted
 * @param firstCommit date of the oldest reachable commit
 * @param lastCommit  date of HEAD
 */
public record GitInfo(String head, String branch, boolean shallow, int commits, List<String> authors,
                      Instant firstCommit, Instant lastCommit) {
    public GitInfo {
        authors = List.copyOf(authors);
    }
}
