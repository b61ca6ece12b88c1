package dev.prodready.collect.code;

import dev.prodready.fact.Evidence;
import dev.prodready.fact.WebSettingFact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Browser code: the Supabase service-role key read where the browser can see it (a public env prefix, or any
 * reference from client code), and admin checks that only the browser makes.
 */
final class ClientCodeAnalysis {

    private static final Pattern PUBLIC_SERVICE_ROLE = Pattern.compile(
            "\\b(NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|NUXT_PUBLIC|GATSBY|PUBLIC)_\\w*SERVICE_?ROLE\\w*");
    private static final Pattern SERVICE_ROLE = Pattern.compile("(?i)\\bservice_?role(_?key)?\\b|SERVICE_ROLE");
    private static final Pattern JSX_ROLE_GATE = Pattern.compile(
            "(\\bisAdmin\\b|\\bis_admin\\b|\\brole\\s*[!=]==?\\s*['\"](admin|superadmin|owner)['\"])\\s*(&&|\\?)");

    private final FileContext file;
    private final CodeIndex index;

    ClientCodeAnalysis(FileContext file, CodeIndex index) {
        this.file = file;
        this.index = index;
    }

    void run() {
        if (!file.language().ecmascript()) {
            return;
        }
        String source = file.tree().source();
        Matcher exposed = PUBLIC_SERVICE_ROLE.matcher(source);
        if (exposed.find()) {
            int line = file.tree().lineOf(source.substring(0, exposed.start()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            serviceRole(line, exposed.group() + " carries a public prefix, so the build puts the service-role key into"
                    + " the browser bundle");
            return;
        }
        if (!file.client()) {
            return;
        }
        for (Node node : file.tree().nodes()) {
            if ((node.is(Kind.CALL) || node.is(Kind.ASSIGN) || node.is(Kind.PAIR)) && node.length() < 300
                    && SERVICE_ROLE.matcher(node.text()).find()
                    && (node.text().contains("env") || node.text().contains("createClient"))) {
                serviceRole(node.line(), "browser code reads the Supabase service-role key ("
                        + InjectionAnalysis.shorten(node.text()) + "); it bypasses every row-level security policy");
                break;
            }
        }
        Pattern role = file.rules().pattern("patterns.role");
        for (Node branch : file.nodes(Kind.IF)) {
            String cond = branch.hasSlot("cond") ? branch.slotText("cond") : branch.text();
            if (cond.length() < 200 && role.matcher(cond).find() && cond.toLowerCase().contains("admin")) {
                index.clientAdminCheck(Evidence.at(file.path(), branch.line(), "admin check in browser code"));
                return;
            }
        }
        Matcher gate = JSX_ROLE_GATE.matcher(source);
        if (gate.find()) {
            int line = file.tree().lineOf(source.substring(0, gate.start()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            index.clientAdminCheck(Evidence.at(file.path(), line, "admin check in browser code"));
        }
    }

    private void serviceRole(int line, String message) {
        index.add(new WebSettingFact("service-role", message, false, "service-role.in-client",
                file.rules().rule("service-role.in-client").item(), Evidence.at(file.path(), line, message)));
    }
}
