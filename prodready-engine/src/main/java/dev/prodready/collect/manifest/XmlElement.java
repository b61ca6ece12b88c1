package dev.prodready.collect.manifest;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A small element tree with the line each element starts on, read with the JDK's StAX parser with DTDs and
 * external entities switched off (a scanned pom must not make us read other files or the network).
 */
final class XmlElement {

    private final String name;
    private final int line;
    private final StringBuilder text = new StringBuilder();
    private final List<XmlElement> children = new ArrayList<>();

    private XmlElement(String name, int line) {
        this.name = name;
        this.line = line;
    }

    static XmlElement parse(String xml) throws ManifestSyntaxException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(xml));
            Deque<XmlElement> open = new ArrayDeque<>();
            XmlElement root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        XmlElement element = new XmlElement(reader.getLocalName(), reader.getLocation().getLineNumber());
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children.add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new ManifestSyntaxException("XML", 1, "no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            String message = e.getMessage() == null ? "unreadable" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message:\\s*", "");
            throw new ManifestSyntaxException("XML", line, message);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing more to read
                }
            }
        }
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    String text() {
        return text.toString().strip();
    }

    Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    List<XmlElement> children() {
        return List.copyOf(children);
    }

    /** The trimmed text of the first child named so, or "". */
    String childText(String childName) {
        return child(childName).map(XmlElement::text).orElse("");
    }

    /** Follows a path of child names: {@code path("build", "plugins")}. */
    List<XmlElement> path(String... names) {
        List<XmlElement> current = List.of(this);
        for (String n : names) {
            List<XmlElement> next = new ArrayList<>();
            current.forEach(e -> next.addAll(e.children(n)));
            current = next;
        }
        return current;
    }
}
