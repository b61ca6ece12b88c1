package dev.prodready.collect.iac;

import dev.prodready.collect.FactSink;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacResource;
import dev.prodready.fact.IacValue;

/** Monitoring as code: Prometheus alert rules, Alertmanager routing, Grafana dashboards. */
final class Monitoring {

    private Monitoring() {
    }

    static boolean looksLikeRules(String text) {
        return text.contains("groups") && text.contains("alert");
    }

    static boolean looksLikeAlertmanager(String name, String text) {
        return name.startsWith("alertmanager") || (text.contains("receivers") && text.contains("route"));
    }

    /** Alerting rules under groups[].rules[] (recording rules are skipped); returns how many. */
    static int prometheusRules(String path, IacValue.Mapping doc, FactSink sink) {
        int n = 0;
        for (IacValue.Mapping group : doc.mappings("groups")) {
            for (IacValue.Mapping rule : group.mappings("rules")) {
                String alert = rule.text("alert");
                if (alert.isEmpty()) {
                    continue;
                }
                sink.add(new IacResource("prometheus", "alert", "alert", alert, rule,
                        Evidence.at(path, rule.get("alert").map(IacValue::line).orElse(rule.line()),
                                "Prometheus alert " + alert)));
                n++;
            }
        }
        return n;
    }

    static int alertmanager(String path, IacValue.Mapping doc, FactSink sink) {
        if (doc.get("route").isEmpty() && doc.get("receivers").isEmpty()) {
            return 0;
        }
        int line = doc.get("route").map(IacValue::line).orElse(doc.line());
        sink.add(new IacResource("alertmanager", "config", "alertmanager", "", doc,
                Evidence.at(path, line, "Alertmanager routing")));
        return 1;
    }

    /** A Grafana dashboard export: panels at the top level or under "dashboard". */
    static int grafana(String path, IacValue.Mapping doc, FactSink sink) {
        IacValue.Mapping dashboard = doc.get("dashboard").filter(d -> d instanceof IacValue.Mapping)
                .map(d -> (IacValue.Mapping) d).orElse(doc);
        if (dashboard.get("panels").isEmpty() && dashboard.get("rows").isEmpty()) {
            return 0;
        }
        String title = dashboard.text("title");
        sink.add(new IacResource("grafana", "dashboard", "dashboard", title, dashboard,
                Evidence.at(path, dashboard.get("title").map(IacValue::line).orElse(1), "Grafana dashboard "
                        + (title.isEmpty() ? "" : title))));
        return 1;
    }
}
