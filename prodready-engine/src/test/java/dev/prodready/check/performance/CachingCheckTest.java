package dev.prodready.check.performance;

import dev.prodready.check.monitoring.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.performance.PerformancePatterns.*;
import static dev.prodready.fact.Capability.CACHE;
import static dev.prodready.fact.SignalKind.PLATFORM_VERCEL;

class CachingCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("Redis and Cache-Control headers")
                                .capability(CACHE, "ioredis", "package.json", 10)
                                .match(PERF_CACHE_HEADER, "next.config.js", 12),
                        PASS, "package.json:10", "next.config.js:12"),
                Case.of(repo("unstable_cache around a query").match(PERF_CACHE_CODE, "app/products/page.tsx", 3),
                        PASS, "app/products/page.tsx:3"),
                Case.of(repo("immutable assets in vercel.json").match(PERF_CACHE_HEADER, "vercel.json", 8),
                        PASS, "vercel.json:8"),
                Case.of(repo("Vercel CDN only").signal(PLATFORM_VERCEL, "vercel.json"), PARTIAL, "vercel.json"),
                Case.of(repo("no caching").manifest("package.json"), FAIL, "package.json", "."),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new CachingCheck());
    }
}
