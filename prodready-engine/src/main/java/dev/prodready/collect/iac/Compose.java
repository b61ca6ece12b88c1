package dev.prodready.collect.iac;

import dev.prodready.collect.FactSink;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacResource;
import dev.prodready.fact.IacValue;

import java.util.Map;

/** docker-compose files: one resource per service, and the image each runs. */
final class Compose {

    static final String FORMAT = "compose";

    private Compose() {
    }

    static boolean isCompose(String name) {
        return name.matches("(docker-)?compose([._-][\\w.-]+)?\\.ya?ml");
    }

    static int emit(String path, IacValue.Mapping doc, FactSink sink) {
        int n = 0;
        for (IacValue.Mapping services : doc.mappings("services")) {
            for (Map.Entry<String, IacValue> e : services.entries().entrySet()) {
                if (!(e.getValue() instanceof IacValue.Mapping svc)) {
                    continue;
                }
                sink.add(new IacResource(FORMAT, "service", "service", e.getKey(), svc,
                        Evidence.at(path, svc.line(), "compose service " + e.getKey())));
                svc.get("image").filter(i -> i instanceof IacValue.Scalar).ifPresent(i -> sink.add(
                        ImageReference.of(FORMAT, i.text(), false, Evidence.at(path, i.line(),
                                "service " + e.getKey() + " image"))));
                n++;
            }
        }
        return n;
    }
}
