package dev.prodready.fact;

/** Something that could not be read or judged, said plainly in the report. {@code path} may be "". */
public record Note(String path, String message) implements Comparable<Note> {
    @Override
    public int compareTo(Note other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : message.compareTo(other.message);
    }
}
