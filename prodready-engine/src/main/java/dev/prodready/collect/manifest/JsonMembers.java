package dev.prodready.collect.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the members of chosen top-level objects of a JSON document (package.json "dependencies", composer.json
 * "require") with the line each member's key is on. Streams the whole document, so any syntax error anywhere is
 * reported with its line, as a strict JSON reader such as npm would.
 */
final class JsonMembers {

    /** One "key": value member; {@code value} is the scalar's text, "" for objects and arrays. */
    record Member(String key, String value, int line) {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonMembers() {
    }

    static Map<String, List<Member>> read(String text, Set<String> sections) throws ManifestSyntaxException {
        Map<String, List<Member>> found = new LinkedHashMap<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new ManifestSyntaxException("JSON", 1, "the file is empty");
            }
            if (token != JsonToken.START_OBJECT) {
                throw new ManifestSyntaxException("JSON", parser.currentTokenLocation().getLineNr(),
                        "the top level is not an object");
            }
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (sections.contains(key) && value == JsonToken.START_OBJECT) {
                    found.computeIfAbsent(key, k -> new ArrayList<>()).addAll(members(parser));
                } else if (value.isStructStart()) {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new ManifestSyntaxException("JSON", parser.currentTokenLocation().getLineNr(),
                        "more content after the end of the top-level object");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ManifestSyntaxException("JSON", line, e.getOriginalMessage());
        } catch (IOException e) {
            throw new ManifestSyntaxException("JSON", 0, e.getMessage());
        }
        return found;
    }

    private static List<Member> members(JsonParser parser) throws IOException {
        List<Member> members = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = parser.currentTokenLocation().getLineNr();
            JsonToken value = parser.nextToken();
            String text = "";
            if (value.isStructStart()) {
                parser.skipChildren();
            } else if (value != JsonToken.VALUE_NULL) {
                text = parser.getText();
            }
            members.add(new Member(key, text, line));
        }
        return members;
    }
}
