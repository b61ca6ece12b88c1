package dev.prodready.collect.iac;

import dev.prodready.collect.FactSink;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacResource;
import dev.prodready.fact.IacValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kubernetes objects, one per YAML document (List objects unpacked), plus the container images their pod
 * templates run. Secret data is dropped before anything is kept. PrometheusRule objects also yield their alerts.
 */
final class Kubernetes {

    static final String FORMAT = "kubernetes";

    private Kubernetes() {
    }

    static boolean looksLike(String text) {
        return text.contains("apiVersion") && text.contains("kind");
    }

    static boolean isObject(IacValue doc) {
        return doc instanceof IacValue.Mapping m && !m.text("apiVersion").isEmpty() && !m.text("kind").isEmpty();
    }

    static int emit(String path, IacValue.Mapping doc, FactSink sink) {
        return emit(path, doc, sink, "Kubernetes");
    }

    /** {@code source} opens the evidence note: "Kubernetes", or "Helm template" for a rendered chart template. */
    static int emit(String path, IacValue.Mapping doc, FactSink sink, String source) {
        String kind = doc.text("kind");
        if (kind.equals("List")) {
            int n = 0;
            for (IacValue.Mapping item : doc.mappings("items")) {
                if (isObject(item)) {
                    n += emit(path, item, sink, source);
                }
            }
            return n;
        }
        IacValue.Mapping body = kind.equals("Secret") ? withoutSecretData(doc) : doc;
        String name = doc.text("metadata.name");
        int line = doc.get("kind").map(IacValue::line).orElse(doc.line());
        sink.add(new IacResource(FORMAT, "resource", kind, name, body,
                Evidence.at(path, line, source + " " + kind + (name.isEmpty() ? "" : " " + name))));
        images(path, body, sink);
        if (kind.equals("PrometheusRule")) {
            doc.path("spec").filter(s -> s instanceof IacValue.Mapping)
                    .ifPresent(spec -> Monitoring.prometheusRules(path, (IacValue.Mapping) spec, sink));
        }
        return 1;
    }

    private static IacValue.Mapping withoutSecretData(IacValue.Mapping doc) {
        Map<String, IacValue> kept = new LinkedHashMap<>(doc.entries());
        kept.remove("data");
        kept.remove("stringData");
        return new IacValue.Mapping(kept, doc.line());
    }

    /** Every "image:" under a containers or initContainers list, wherever the pod template sits. */
    static void images(String path, IacValue value, FactSink sink) {
        if (value instanceof IacValue.Mapping m) {
            for (Map.Entry<String, IacValue> e : m.entries().entrySet()) {
                if (e.getKey().equals("containers") || e.getKey().equals("initContainers")) {
                    for (IacValue.Mapping c : IacValue.Mapping.mappingsOf(e.getValue())) {
                        c.get("image").filter(i -> i instanceof IacValue.Scalar).ifPresent(i -> sink.add(
                                ImageReference.of(FORMAT, i.text(), false, Evidence.at(path, i.line(),
                                        "container " + c.text("name") + " image"))));
                    }
                } else {
                    images(path, e.getValue(), sink);
                }
            }
        } else if (value instanceof IacValue.Sequence s) {
            List<IacValue> items = s.items();
            items.forEach(i -> images(path, i, sink));
        }
    }
}
