package dev.prodready.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads resources/catalogue/*.yml into a {@link Catalogue}, naming file, item and field on any error. */
final class CatalogueLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    Catalogue loadBuiltIn() {
        List<Area> areas = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<RedFlag> flags = new ArrayList<>();
        for (String name : Catalogue.AREA_FILES) {
            String file = "catalogue/" + name + ".yml";
            JsonNode root = read(file);
            Area area = new Area(text(root, "area", file), root.path("number").asInt(), text(root, "title", file));
            areas.add(area);
            for (JsonNode node : root.path("items")) {
                items.add(item(node, area, file));
            }
            for (JsonNode node : root.path("redFlags")) {
                String ref = text(node, "seedRef", file);
                String where = file + " red flag " + ref;
                flags.add(new RedFlag(ref, text(node, "title", where), text(node, "explanation", where),
                        strings(node.path("raisedBy"))));
            }
        }
        return new Catalogue(areas, items, flags);
    }

    private static Item item(JsonNode node, Area area, String file) {
        String id = text(node, "id", file);
        String where = file + " item " + id;
        JsonNode effort = node.path("effort");
        Map<String, String> remediation = new LinkedHashMap<>();
        node.path("remediation").fields().forEachRemaining(e -> remediation.put(e.getKey(), e.getValue().asText()));
        if (!remediation.containsKey("generic")) {
            throw new CatalogueException(where + ": remediation.generic is missing");
        }
        List<Detection> detection = new ArrayList<>();
        for (String d : strings(node.path("detection"))) {
            try {
                detection.add(Detection.valueOf(d.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CatalogueException(where + ": unknown detection '" + d + "'", e);
            }
        }
        try {
            return new Item(id, area, strings(node.path("seedRefs")), text(node, "title", where),
                    text(node, "rationale", where), node.path("phase").asInt(0), Severity.fromId(text(node, "severity", where)),
                    new Effort(effort.path("min").asInt(), effort.path("max").asInt()), detection,
                    node.path("appliesWhen").asText(""), strings(node.path("redFlags")), remediation,
                    strings(node.path("references")), node.path("settle").asText(""), strings(node.path("after")));
        } catch (IllegalArgumentException e) {
            throw new CatalogueException(where + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new CatalogueException("missing catalogue resource " + resource);
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new CatalogueException("cannot parse " + resource + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new CatalogueException(where + ": field '" + field + "' is missing");
        }
        return value.asText().strip();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
