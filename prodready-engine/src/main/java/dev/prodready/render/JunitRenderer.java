package dev.prodready.render;

import dev.prodready.catalogue.Area;
import dev.prodready.check.Status;
import dev.prodready.report.ItemResult;
import dev.prodready.report.Report;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * JUnit XML for CI test reports: one test suite per area, one test case per applicable item; {@code fail}
 * and {@code partial} are failures, {@code unknown} is skipped (with what would settle it).
 */
public final class JunitRenderer implements Renderer {

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            List<ItemResult> applicable = report.items().stream().filter(ItemResult::applicable).toList();
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "prodready " + report.target().path());
            xml.writeAttribute("tests", String.valueOf(applicable.size()));
            xml.writeAttribute("failures", String.valueOf(count(applicable, Status.FAIL) + count(applicable, Status.PARTIAL)));
            xml.writeAttribute("skipped", String.valueOf(count(applicable, Status.UNKNOWN)));
            xml.writeCharacters("\n");
            for (Area area : report.summary().areas().stream().map(a -> a.area()).toList()) {
                List<ItemResult> inArea = applicable.stream().filter(r -> r.item().area().id().equals(area.id())).toList();
                xml.writeCharacters("  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", area.number() + ". " + area.title());
                xml.writeAttribute("tests", String.valueOf(inArea.size()));
                xml.writeAttribute("failures", String.valueOf(count(inArea, Status.FAIL) + count(inArea, Status.PARTIAL)));
                xml.writeAttribute("errors", "0");
                xml.writeAttribute("skipped", String.valueOf(count(inArea, Status.UNKNOWN)));
                xml.writeAttribute("timestamp", DateTimeFormatter.ISO_INSTANT.format(report.generatedAt().truncatedTo(ChronoUnit.SECONDS)));
                xml.writeCharacters("\n");
                for (ItemResult r : inArea) {
                    testCase(xml, r);
                }
                xml.writeCharacters("  ");
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void testCase(XMLStreamWriter xml, ItemResult r) throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "prodready." + r.item().area().id());
        xml.writeAttribute("name", r.item().id() + " " + r.item().title());
        xml.writeAttribute("time", "0");
        String evidence = r.outcome().evidence().stream().map(e -> e.location() + (e.note() == null ? "" : " " + e.note()))
                .collect(Collectors.joining("\n"));
        switch (r.status()) {
            case FAIL, PARTIAL -> {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", r.status().id() + ": " + clean(r.outcome().message()));
                xml.writeAttribute("type", r.item().severity().id());
                xml.writeCharacters(clean(evidence + "\nfix: " + r.item().oneLineFix()));
                xml.writeEndElement();
            }
            case UNKNOWN -> {
                xml.writeStartElement("skipped");
                xml.writeAttribute("message", clean(r.outcome().message()));
                xml.writeEndElement();
            }
            default -> {
                if (!evidence.isEmpty()) {
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(clean(r.status().id() + ": " + r.outcome().message() + "\n" + evidence));
                    xml.writeEndElement();
                }
            }
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** XML 1.0 cannot carry most control characters, even escaped. */
    private static String clean(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "?");
    }

    private static long count(List<ItemResult> results, Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
