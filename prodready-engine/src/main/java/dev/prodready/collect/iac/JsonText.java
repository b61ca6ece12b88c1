package dev.prodready.collect.iac;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.prodready.fact.IacValue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON read into located values with Jackson's streaming parser (comments and trailing commas tolerated). */
public final class JsonText {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final int MAX_DEPTH = 200;

    private JsonText() {
    }

    public static IacValue read(String text) throws SyntaxProblem {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return IacValue.Mapping.empty(1);
            }
            return value(p, line(p), 0);
        } catch (JsonProcessingException e) {
            throw new SyntaxProblem(e.getOriginalMessage(), e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        } catch (IOException e) {
            throw new SyntaxProblem(String.valueOf(e.getMessage()), 0);
        }
    }

    public static IacValue.Mapping mapping(String text) throws SyntaxProblem {
        IacValue v = read(text);
        if (v instanceof IacValue.Mapping m) {
            return m;
        }
        throw new SyntaxProblem("the top level is not an object", v.line());
    }

    private static IacValue value(JsonParser p, int keyLine, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new SyntaxProblemIo("nested too deeply", line(p));
        }
        JsonToken t = p.currentToken();
        return switch (t) {
            case START_OBJECT -> {
                Map<String, IacValue> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int kl = line(p);
                    p.nextToken();
                    entries.put(key, value(p, kl, depth + 1));
                }
                yield new IacValue.Mapping(entries, keyLine);
            }
            case START_ARRAY -> {
                List<IacValue> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, line(p), depth + 1));
                }
                yield new IacValue.Sequence(items, keyLine);
            }
            case VALUE_STRING -> IacValue.Scalar.of(p.getText(), IacValue.Scalar.Type.STRING, line(p));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> IacValue.Scalar.of(p.getText(), IacValue.Scalar.Type.NUMBER, line(p));
            case VALUE_TRUE, VALUE_FALSE -> IacValue.Scalar.of(p.getText(), IacValue.Scalar.Type.BOOL, line(p));
            case VALUE_NULL -> IacValue.Scalar.of("", IacValue.Scalar.Type.NULL, line(p));
            default -> throw new SyntaxProblemIo("unexpected " + t, line(p));
        };
    }

    private static int line(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getLineNr());
    }

    /** Carries a located problem out of the recursive reader. */
    private static final class SyntaxProblemIo extends JsonProcessingException {
        SyntaxProblemIo(String message, int line) {
            super(message, new com.fasterxml.jackson.core.JsonLocation(null, -1, line, 0));
        }
    }
}
