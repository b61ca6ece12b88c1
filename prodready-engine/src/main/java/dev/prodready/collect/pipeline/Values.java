package dev.prodready.collect.pipeline;

import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small readers over parsed YAML values, shared by the platform readers. */
final class Values {

    private Values() {
    }

    static Optional<IacValue.Mapping> mapping(IacValue.Mapping m, String key) {
        return m.get(key).filter(v -> v instanceof IacValue.Mapping).map(v -> (IacValue.Mapping) v);
    }

    /** A string or a list of strings (or of single-key mappings, whose keys are taken), as a list. */
    static List<String> strings(Optional<IacValue> value) {
        List<String> out = new ArrayList<>();
        if (value.isEmpty()) {
            return out;
        }
        IacValue v = value.get();
        if (v instanceof IacValue.Scalar s) {
            if (!s.text().isBlank()) {
                out.add(s.text());
            }
        } else if (v instanceof IacValue.Sequence seq) {
            for (IacValue item : seq.items()) {
                if (item instanceof IacValue.Scalar s) {
                    out.add(s.text());
                } else if (item instanceof IacValue.Mapping m && !m.entries().isEmpty()) {
                    out.add(m.entries().keySet().iterator().next());
                } else if (item instanceof IacValue.Expression e) {
                    out.add(e.expression());
                }
            }
        } else if (v instanceof IacValue.Expression e) {
            out.add(e.expression());
        }
        return out;
    }

    /** A script given as one string or a list of lines, as one text with a line per command. */
    static String script(Optional<IacValue> value) {
        return String.join("\n", strings(value));
    }

    static boolean isTrue(Optional<IacValue> value) {
        return value.filter(v -> v instanceof IacValue.Scalar).map(v -> ((IacValue.Scalar) v).bool().orElse(false))
                .orElse(false);
    }

    static int line(Optional<IacValue> value, int fallback) {
        return value.map(IacValue::line).orElse(fallback);
    }

    /** The line naming the environment: the name inside {name: ...}, or the value itself; 0 when absent. */
    static int environmentLine(Optional<IacValue> value) {
        if (value.isEmpty()) {
            return 0;
        }
        IacValue v = value.get();
        if (v instanceof IacValue.Mapping m) {
            return m.get("name").map(IacValue::line).orElse(m.line());
        }
        return v.line();
    }

    /** The environment a job deploys to: "production" or {name: production, url: ...}. */
    static String environment(Optional<IacValue> value) {
        if (value.isEmpty()) {
            return "";
        }
        IacValue v = value.get();
        if (v instanceof IacValue.Mapping m) {
            return m.text("name");
        }
        return v instanceof IacValue.Scalar s ? s.text() : v instanceof IacValue.Expression e ? e.expression() : "";
    }
}
