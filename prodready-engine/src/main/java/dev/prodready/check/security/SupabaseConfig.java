package dev.prodready.check.security;

import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Auth settings read from supabase/config.toml. The file configures the local stack and is what `supabase config
 * push` sends to the hosted project, so it is evidence of intent; the hosted dashboard may still differ.
 */
record SupabaseConfig(List<Setting> settings) {

    /** One {@code key = value} line, with the [section] it sits in. */
    record Setting(String section, String key, String value, ContentMatch match) {

        boolean isTrue() {
            return value.equalsIgnoreCase("true");
        }

        OptionalLong number() {
            try {
                return OptionalLong.of(Long.parseLong(value.replace("_", "")));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
    }

    private static final Pattern SECTION = Pattern.compile("^\\s*\\[\\s*([A-Za-z0-9_.-]+)\\s*]");
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([a-z_]+)\\s*=\\s*(\"[^\"]*\"|[^\\s#]+)");

    SupabaseConfig {
        settings = List.copyOf(settings);
    }

    static SupabaseConfig of(Facts facts) {
        List<ContentMatch> sections = Matches.of(facts, SecurityPatterns.SUPABASE_CONFIG_SECTION);
        List<Setting> settings = new ArrayList<>();
        for (ContentMatch m : Matches.of(facts, SecurityPatterns.SUPABASE_CONFIG_AUTH_SETTING)) {
            Matcher kv = KEY_VALUE.matcher(m.text());
            if (!kv.find()) {
                continue;
            }
            String section = Matches.nearestAbove(sections, m)
                    .map(s -> {
                        Matcher sm = SECTION.matcher(s.text());
                        return sm.find() ? sm.group(1).toLowerCase(Locale.ROOT) : "";
                    })
                    .orElse("");
            String value = kv.group(2);
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            settings.add(new Setting(section, kv.group(1), value, m));
        }
        return new SupabaseConfig(settings);
    }

    boolean isEmpty() {
        return settings.isEmpty();
    }

    Optional<Setting> get(String section, String key) {
        return settings.stream().filter(s -> s.section().equals(section) && s.key().equals(key)).findFirst();
    }

    List<Setting> inSectionsStartingWith(String prefix, String key) {
        return settings.stream().filter(s -> s.section().startsWith(prefix) && s.key().equals(key)).toList();
    }
}
