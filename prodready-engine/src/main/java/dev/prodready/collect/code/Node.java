package dev.prodready.collect.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One node of the normalised syntax tree: a kind, its text range (UTF-8 byte offsets), named slots (callee,
 * args, body...) and the captured nodes inside it. Built once per file by {@link TreeBuilder}; read-only after.
 */
public final class Node {

    private final SyntaxTree tree;
    private final Kind kind;
    private final int start;
    private final int end;
    private final Map<String, int[]> slots = new TreeMap<>();
    private final List<Node> children = new ArrayList<>(2);
    private Node parent;
    private String callee;

    Node(SyntaxTree tree, Kind kind, int start, int end) {
        this.tree = tree;
        this.kind = kind;
        this.start = start;
        this.end = end;
    }

    public Kind kind() {
        return kind;
    }

    public boolean is(Kind k) {
        return kind == k;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public SyntaxTree tree() {
        return tree;
    }

    /** 1-based line of the node's first character. */
    public int line() {
        return tree.lineOf(start);
    }

    /** The line of the node's name (Java methods start at their annotations), else its first line. */
    public int nameLine() {
        int[] name = slots.get("name");
        return name == null ? line() : tree.lineOf(name[0]);
    }

    public String text() {
        return tree.text(start, end);
    }

    /** The node's length in bytes, to skip big nodes before decoding their text. */
    public int length() {
        return end - start;
    }

    public Optional<Node> parent() {
        return Optional.ofNullable(parent);
    }

    public List<Node> children() {
        return children;
    }

    public boolean contains(Node other) {
        return start <= other.start && other.end <= end && other != this;
    }

    // ---- slots ----

    void slot(String name, int slotStart, int slotEnd) {
        slots.putIfAbsent(name, new int[] {slotStart, slotEnd});
    }

    void link(Node child) {
        child.parent = this;
        children.add(child);
    }

    public boolean hasSlot(String name) {
        return slots.containsKey(name);
    }

    /** The text of a slot ("callee", "args", "body"...), or "" when the pattern did not capture it. */
    public String slotText(String name) {
        int[] range = slots.get(name);
        return range == null ? "" : tree.text(range[0], range[1]);
    }

    public Optional<int[]> slotRange(String name) {
        return Optional.ofNullable(slots.get(name));
    }

    /** The outermost captured node covering exactly the slot's text (e.g. the STR that is an ASSIGN's value). */
    public Optional<Node> slotNode(String name) {
        int[] range = slots.get(name);
        if (range == null) {
            return Optional.empty();
        }
        for (Node child : children) {
            if (child.start == range[0] && child.end == range[1]) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** Captured nodes of {@code k} inside the named slot (for slots whose own node is not captured, e.g. arrays). */
    public List<Node> slotDescendants(String name, Kind k) {
        int[] range = slots.get(name);
        if (range == null) {
            return List.of();
        }
        return descendants(n -> n.kind == k && range[0] <= n.start && n.end <= range[1]);
    }

    /** Whether a node lies inside the named slot. */
    public boolean inSlot(String name, Node node) {
        int[] range = slots.get(name);
        return range != null && range[0] <= node.start && node.end <= range[1];
    }

    // ---- calls ----

    /**
     * A call's callee with whitespace, optional chaining and language separators normalised to dots:
     * {@code supabase.auth.getUser}, {@code $pdo.query}, {@code DB.select}. For Java, PHP and Ruby member calls the
     * query captures only the method name, so the callee runs from the call's start to the name's end.
     */
    public String callee() {
        if (callee == null) {
            int[] range = slots.containsKey("callee") ? slots.get("callee")
                    : slots.containsKey("name") ? new int[] {start, slots.get("name")[1]} : null;
            if (range == null) {
                callee = "";
            } else {
                // a callee that is itself a long expression (an IIFE, a chained call with big arguments): its name is at the end
                int from = range[1] - range[0] > 400 ? range[1] - 200 : range[0];
                callee = Names.normaliseCallee(tree.text(from, range[1]));
            }
        }
        return callee;
    }

    /** The last segment of the callee: {@code getUser} for {@code supabase.auth.getUser}. */
    public String calleeName() {
        return Names.lastSegment(callee());
    }

    /** A call's arguments: its ARG children inside the args slot, in order. */
    public List<Node> args() {
        List<Node> args = new ArrayList<>();
        for (Node child : children) {
            if (child.kind == Kind.ARG && inSlot("args", child)) {
                args.add(child);
            }
        }
        return args;
    }

    public Optional<Node> arg(int index) {
        List<Node> args = args();
        return index < args.size() ? Optional.of(args.get(index)) : Optional.empty();
    }

    /** The first captured node inside an ARG (its value), or the ARG itself when nothing was captured inside. */
    public Node value() {
        if (kind == Kind.ARG || kind == Kind.EXPORT) {
            for (Node child : children) {
                if (child.start == start && child.end == end) {
                    return child.value();
                }
            }
        }
        return this;
    }

    // ---- strings ----

    /** A STR with interpolations (template literal substitutions, f-string fields, "#{...}", "$var"). */
    public boolean interpolated() {
        if (kind != Kind.STR) {
            return false;
        }
        for (Node child : children) {
            if (child.kind == Kind.INTERP) {
                return true;
            }
        }
        return false;
    }

    /** The interpolations of a STR. */
    public List<Node> interpolations() {
        return children.stream().filter(c -> c.kind == Kind.INTERP).toList();
    }

    /** The literal characters of a STR (interpolations removed, quotes and f/r/b prefixes dropped). */
    public String literalText() {
        StringBuilder out = new StringBuilder();
        int at = start;
        for (Node child : children) {
            if (child.kind == Kind.INTERP) {
                out.append(tree.text(at, child.start));
                at = child.end;
            }
        }
        out.append(tree.text(at, end));
        return Names.stripQuotes(out.toString());
    }

    // ---- walking ----

    public void walk(Consumer<Node> visitor) {
        visitor.accept(this);
        for (Node child : children) {
            child.walk(visitor);
        }
    }

    public List<Node> descendants(Kind k) {
        List<Node> out = new ArrayList<>();
        for (Node child : children) {
            child.walk(n -> {
                if (n.kind == k) {
                    out.add(n);
                }
            });
        }
        return out;
    }

    public List<Node> descendants(Predicate<Node> filter) {
        List<Node> out = new ArrayList<>();
        for (Node child : children) {
            child.walk(n -> {
                if (filter.test(n)) {
                    out.add(n);
                }
            });
        }
        return out;
    }

    public Optional<Node> ancestor(Kind k) {
        for (Node at = parent; at != null; at = at.parent) {
            if (at.kind == k) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    public boolean hasAncestor(Node node) {
        for (Node at = parent; at != null; at = at.parent) {
            if (at == node) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        String text = text();
        return kind.captureName() + "@" + line() + ":" + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
    }
}
