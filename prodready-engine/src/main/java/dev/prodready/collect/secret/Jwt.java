package dev.prodready.collect.secret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** Reads the claims of a JWT (without verifying it) to tell a service-role key from an anon key. */
final class Jwt {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PART = 8192;

    private Jwt() {
    }

    /** The decoded payload, when the token has a JSON header naming an algorithm and a JSON payload. */
    static Optional<JsonNode> payload(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].length() > MAX_PART || parts[1].length() > MAX_PART) {
            return Optional.empty();
        }
        Optional<JsonNode> header = json(parts[0]);
        if (header.isEmpty() || !header.get().isObject() || !header.get().has("alg")) {
            return Optional.empty();
        }
        return json(parts[1]).filter(JsonNode::isObject);
    }

    /** True when every claim has the given textual value. */
    static boolean hasClaims(JsonNode payload, Map<String, String> claims) {
        for (Map.Entry<String, String> claim : claims.entrySet()) {
            JsonNode value = payload.get(claim.getKey());
            if (value == null || !value.isValueNode() || !value.asText().equals(claim.getValue())) {
                return false;
            }
        }
        return true;
    }

    static Optional<byte[]> base64(String text) {
        try {
            String t = text.replace('-', '+').replace('_', '/');
            int pad = (4 - t.length() % 4) % 4;
            if (pad == 3) {
                return Optional.empty();
            }
            return Optional.of(Base64.getDecoder().decode(t + "=".repeat(pad)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> json(String part) {
        return base64(part).flatMap(bytes -> {
            try {
                return Optional.ofNullable(JSON.readTree(bytes));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }
}
