package dev.prodready.collect.code;

/** Prints what the code collector finds in a fixture app: mvn test -Dtest=DumpFixture -Dapp=spring-app */
class DumpFixture {
    @org.junit.jupiter.api.Test
    void dump() {
        String app = System.getProperty("app");
        if (app == null) {
            return;
        }
        CodeScan scan = CodeScan.fixture(app);
        scan.facts().forEach(f -> System.out.println("FACT " + f));
        scan.notes().forEach(n -> System.out.println("NOTE " + n));
    }
}
