package dev.prodready.fact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A value read from infrastructure or pipeline configuration (HCL, YAML, JSON, TOML), with the 1-based line it
 * starts on. A nested mapping or list carries the line of the key that holds it, so citing it points at the
 * key a reader would look for.
 */
public sealed interface IacValue permits IacValue.Scalar, IacValue.Expression, IacValue.Sequence, IacValue.Mapping {

    int line();

    /** The literal text of a scalar, or "" for anything else. */
    default String text() {
        return "";
    }

    /**
     * A literal: a string, number, boolean or null. {@code origin} says where a value came from when it was
     * resolved through a variable ("var.db_public, default in variables.tf:4"), otherwise "".
     */
    record Scalar(String text, Type type, int line, String origin) implements IacValue {

        public enum Type { STRING, NUMBER, BOOL, NULL }

        public Scalar {
            text = text == null ? "" : text;
            origin = origin == null ? "" : origin;
        }

        public static Scalar of(String text, Type type, int line) {
            return new Scalar(text, type, line, "");
        }

        /** true/false, also YAML's yes/no/on/off; empty for anything else. */
        public Optional<Boolean> bool() {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> Optional.of(true);
                case "false", "no", "off" -> Optional.of(false);
                default -> Optional.empty();
            };
        }

        public Optional<Long> number() {
            try {
                String t = text.strip();
                if (t.endsWith(".0")) {
                    t = t.substring(0, t.length() - 2);
                }
                return Optional.of(Long.parseLong(t));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        public Scalar withOrigin(String newOrigin, int newLine) {
            return new Scalar(text, type, newLine, newOrigin);
        }
    }

    /**
     * Anything computed: a reference (var.x, aws_s3_bucket.b.id), a function call, a template, a CloudFormation
     * intrinsic (!Ref, Fn::Sub). {@code text} is its source text, possibly shortened.
     */
    record Expression(String expression, int line) implements IacValue {
    }

    record Sequence(List<IacValue> items, int line) implements IacValue {
        public Sequence {
            items = Collections.unmodifiableList(new ArrayList<>(items));
        }
    }

    /** Keys in source order. */
    record Mapping(Map<String, IacValue> entries, int line) implements IacValue {

        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public static Mapping empty(int line) {
            return new Mapping(Map.of(), line);
        }

        public Optional<IacValue> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        /** Follows a dotted path of keys ("backup_configuration.enabled"); lists are searched item by item. */
        public Optional<IacValue> path(String dotted) {
            IacValue current = this;
            for (String key : dotted.split("\\.")) {
                current = step(current, key);
                if (current == null) {
                    return Optional.empty();
                }
            }
            return Optional.of(current);
        }

        private static IacValue step(IacValue from, String key) {
            if (from instanceof Mapping m) {
                return m.entries.get(key);
            }
            if (from instanceof Sequence s) {
                for (IacValue item : s.items) {
                    if (item instanceof Mapping m && m.entries.containsKey(key)) {
                        return m.entries.get(key);
                    }
                }
            }
            return null;
        }

        /** The literal text at {@code dotted}, or "". */
        public String text(String dotted) {
            return path(dotted).map(IacValue::text).orElse("");
        }

        /** The mapping(s) at {@code key}: a single mapping, or every mapping in a list (repeated blocks). */
        public List<Mapping> mappings(String key) {
            return mappingsOf(entries.get(key));
        }

        public static List<Mapping> mappingsOf(IacValue value) {
            if (value instanceof Mapping m) {
                return List.of(m);
            }
            if (value instanceof Sequence s) {
                List<Mapping> out = new ArrayList<>();
                s.items.forEach(i -> out.addAll(mappingsOf(i)));
                return out;
            }
            return List.of();
        }
    }

    /** The items of a list, a single value as a one-item list, nothing for a missing value. */
    static List<IacValue> items(Optional<IacValue> value) {
        if (value.isEmpty()) {
            return List.of();
        }
        return value.get() instanceof Sequence s ? s.items() : List.of(value.get());
    }

    /** The literal texts among {@code value}'s items. */
    static List<String> texts(Optional<IacValue> value) {
        return items(value).stream().filter(v -> v instanceof Scalar).map(IacValue::text).toList();
    }
}
