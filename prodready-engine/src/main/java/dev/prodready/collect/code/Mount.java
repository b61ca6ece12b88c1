package dev.prodready.collect.code;

import java.util.List;

/** An Express-style router mounted from another file: {@code app.use('/admin', requireAuth, adminRouter)}. */
record Mount(String targetPath, String prefix, List<String> names, String fromPath, int line) {
}
