package dev.prodready.collect.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds diagrams in or linked from a document: diagram-as-code blocks, named images and links, ASCII art. */
final class Diagrams {

    /** What kind of diagram, and its 0-based line. */
    record Found(String value, int line) {
    }

    static final int MAX_PER_DOCUMENT = 10;

    private static final Pattern MERMAID_TYPES = Pattern.compile(
            "^(graph|flowchart|C4Context|C4Container|C4Component|C4Deployment|C4Dynamic|architecture-beta|block-beta|"
                    + "sequenceDiagram)\\b");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]\\[]{0,300})\\]\\([ \\t]*+<?([^)\\s>]{1,1000})");
    private static final Pattern HTML_IMAGE = Pattern.compile("<img\\b[^>]{0,2000}>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_SRC = Pattern.compile("\\bsrc\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_ALT = Pattern.compile("\\balt\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\]\\[]{0,300})\\]\\([ \\t]*+<?([^)\\s>]{1,1000})");
    private static final Pattern DIAGRAM_NAME = Pattern.compile(
            "architecture|arch[-_ ]?diagram|diagram|system[-_ ]?(overview|design|context|map)|infrastructure|topology|"
                    + "\\bc4\\b|data[-_ ]?flow",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIAGRAM_FILE = Pattern.compile(
            "\\.(drawio|excalidraw|puml|plantuml|mmd|d2|vsdx)(\\.(svg|png|xml))?([?#].*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIAGRAM_TOOL = Pattern.compile(
            "^https?://([\\w-]+\\.)*(lucid\\.app|lucidchart\\.com|miro\\.com|excalidraw\\.com|diagrams\\.net|draw\\.io|"
                    + "whimsical\\.com|structurizr\\.com|cloudcraft\\.co|icepanel\\.io|mermaid\\.live)/",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASCII_SECTION = Pattern.compile(
            "architecture|diagram|overview|design|topology|how it works|system|infrastructure|components|data flow",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASCII_ART = Pattern.compile("-->|->|<-|==>|\\+-{2,}|-{2,}\\+|[│┌┐└┘├┤─▶►▼▲]|\\|\\s+\\|");

    private Diagrams() {
    }

    static List<Found> find(ParsedDocument doc) {
        List<Found> found = new ArrayList<>();
        for (ParsedDocument.Fence fence : doc.fences) {
            String info = fence.info();
            if (info.equals("mermaid")) {
                if (mermaidDiagram(doc, fence)) {
                    found.add(new Found("mermaid", fence.openLine()));
                }
            } else if (info.equals("plantuml") || info.equals("puml")) {
                found.add(new Found("plantuml", fence.openLine()));
            } else if ((info.isEmpty() || info.equals("text") || info.equals("txt") || info.equals("ascii")
                    || info.equals("plaintext")) && asciiDiagram(doc, fence)) {
                found.add(new Found("ascii", fence.openLine()));
            }
        }
        for (int i = 0; i < doc.lines.size(); i++) {
            String line = doc.lines.get(i);
            if (!doc.searchable(i)) {
                continue;
            }
            if (doc.code[i]) {
                if (line.strip().startsWith("@startuml") && !insideUmlFence(doc, i)) {
                    found.add(new Found("plantuml", i));
                }
                continue;
            }
            if (line.strip().startsWith("@startuml")) {
                found.add(new Found("plantuml", i));
                continue;
            }
            if (line.indexOf('[') < 0 && line.indexOf('<') < 0) {
                continue;
            }
            Matcher image = IMAGE.matcher(line);
            while (image.find()) {
                if (DIAGRAM_NAME.matcher(image.group(1)).find() || DIAGRAM_NAME.matcher(fileName(image.group(2))).find()
                        || DIAGRAM_FILE.matcher(image.group(2)).find()) {
                    found.add(new Found("image: " + image.group(2), i));
                }
            }
            Matcher html = HTML_IMAGE.matcher(line);
            while (html.find()) {
                Matcher src = HTML_SRC.matcher(html.group());
                Matcher alt = HTML_ALT.matcher(html.group());
                String target = src.find() ? src.group(1) : "";
                String altText = alt.find() ? alt.group(1) : "";
                if (!target.isEmpty() && (DIAGRAM_NAME.matcher(altText).find()
                        || DIAGRAM_NAME.matcher(fileName(target)).find())) {
                    found.add(new Found("image: " + target, i));
                }
            }
            Matcher link = LINK.matcher(line);
            while (link.find()) {
                String text = link.group(1);
                String target = link.group(2);
                if (DIAGRAM_FILE.matcher(target).find()
                        || (DIAGRAM_TOOL.matcher(target).find() && DIAGRAM_NAME.matcher(text + " " + heading(doc, i)).find())) {
                    found.add(new Found("link: " + target, i));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return found.size() <= MAX_PER_DOCUMENT ? found : found.subList(0, MAX_PER_DOCUMENT);
    }

    private static boolean mermaidDiagram(ParsedDocument doc, ParsedDocument.Fence fence) {
        for (int i = fence.firstLine(); i < fence.endLine(); i++) {
            String s = doc.lines.get(i).strip();
            if (s.isEmpty() || s.startsWith("%%") || s.startsWith("---") || s.startsWith("title:")
                    || s.startsWith("config:")) {
                continue;
            }
            return MERMAID_TYPES.matcher(s).find();
        }
        return false;
    }

    private static boolean insideUmlFence(ParsedDocument doc, int line) {
        for (ParsedDocument.Fence f : doc.fences) {
            if (line >= f.firstLine() && line < f.endLine()) {
                return f.info().equals("plantuml") || f.info().equals("puml");
            }
        }
        return false;
    }

    private static boolean asciiDiagram(ParsedDocument doc, ParsedDocument.Fence fence) {
        boolean named = doc.ancestry(doc.sectionOf[fence.openLine()]).stream()
                .anyMatch(s -> ASCII_SECTION.matcher(s.heading()).find());
        if (!named) {
            return false;
        }
        int art = 0;
        for (int i = fence.firstLine(); i < fence.endLine(); i++) {
            if (doc.searchable(i) && ASCII_ART.matcher(doc.lines.get(i)).find()) {
                art++;
            }
        }
        return art >= 3;
    }

    private static String heading(ParsedDocument doc, int line) {
        ParsedDocument.Section s = doc.sectionAt(line);
        return s.heading();
    }

    private static String fileName(String target) {
        String t = target.toLowerCase(Locale.ROOT);
        int q = t.indexOf('?');
        if (q >= 0) {
            t = t.substring(0, q);
        }
        return t.substring(t.lastIndexOf('/') + 1);
    }
}
