package dev.prodready.collect.iac;

import dev.prodready.fact.IacFile;
import dev.prodready.fact.IacResource;
import dev.prodready.fact.IacValue;
import dev.prodready.fact.ContainerImage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HelmTemplatesTest {

    private static final String CHART = "apiVersion: v2\nname: shop\nversion: 1.2.0\nappVersion: \"3.4.5\"\n";

    private static final String VALUES = """
            replicaCount: 2
            image:
              repository: registry.example.com/shop
              tag: ""
            service:
              type: LoadBalancer
              port: 5432
            autoscaling:
              enabled: false
            ingress:
              enabled: true
              tls:
                - secretName: shop-tls
                  hosts: [shop.example.com]
            resources:
              limits:
                cpu: 500m
                memory: 256Mi
            """;

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {{ include "shop.fullname" . }}
              labels:
                {{- include "shop.labels" . | nindent 4 }}
            spec:
              {{- if not .Values.autoscaling.enabled }}
              replicas: {{ .Values.replicaCount }}
              {{- end }}
              template:
                spec:
                  containers:
                    - name: {{ .Chart.Name }}
                      image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
                      ports:
                        - containerPort: {{ .Values.service.port }}
                      resources:
                        {{- toYaml .Values.resources | nindent 12 }}
                      env:
                        - name: RELEASE
                          value: {{ .Release.Name | quote }}
            ---
            {{- if .Values.autoscaling.enabled }}
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: shop
            {{- end }}
            """;

    private static final String INGRESS = """
            {{- if .Values.ingress.enabled -}}
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: shop
              annotations:
                cert-manager.io/cluster-issuer: letsencrypt
            spec:
              tls:
                {{- range .Values.ingress.tls }}
                - secretName: {{ .secretName }}
                  hosts:
                    {{- range .hosts }}
                    - {{ . | quote }}
                    {{- end }}
                {{- end }}
            {{- end }}
            """;

    @Test
    void templatesAreRenderedWithTheChartValuesAndKeepTheirOwnLines() {
        Parsed.Result r = Parsed.files("deploy/shop/Chart.yaml", CHART, "deploy/shop/values.yaml", VALUES,
                "deploy/shop/templates/deployment.yaml", DEPLOYMENT, "deploy/shop/templates/ingress.yaml", INGRESS,
                "deploy/shop/templates/_helpers.tpl", "{{- define \"shop.fullname\" -}}{{ .Release.Name }}{{- end }}");
        assertThat(r.notes()).isEmpty();
        IacResource deployment = resource(r, "Deployment");
        assertThat(deployment.format()).isEqualTo("kubernetes");
        assertThat(deployment.evidence().location()).isEqualTo("deploy/shop/templates/deployment.yaml:2");
        assertThat(deployment.evidence().note()).startsWith("Helm template");
        assertThat(deployment.value("spec.replicas")).get().satisfies(v -> {
            assertThat(v.text()).isEqualTo("2");
            assertThat(v.line()).isEqualTo(9);
            assertThat(((IacValue.Scalar) v).origin()).contains("deploy/shop/values.yaml:1");
        });
        assertThat(deployment.value("metadata.name")).get().isInstanceOf(IacValue.Expression.class);
        IacValue.Mapping container = deployment.body().path("spec.template.spec").map(s -> ((IacValue.Mapping) s)
                .mappings("containers").get(0)).orElseThrow();
        assertThat(container.text("image")).isEqualTo("registry.example.com/shop:3.4.5");
        assertThat(container.text("name")).isEqualTo("shop");
        assertThat(container.text("ports.containerPort")).isEqualTo("5432");
        assertThat(container.path("resources.limits.memory")).get().satisfies(v -> {
            assertThat(v.text()).isEqualTo("256Mi");
            assertThat(v.line()).isEqualTo(19);
        });
        assertThat(container.path("env.value")).get().isInstanceOf(IacValue.Expression.class)
                .satisfies(v -> assertThat(((IacValue.Expression) v).expression()).contains(".Release.Name"));
        assertThat(r.all(IacResource.class)).noneMatch(x -> x.type().equals("HorizontalPodAutoscaler"));
        IacResource ingress = resource(r, "Ingress");
        assertThat(ingress.value("spec.tls.secretName")).get().satisfies(v -> assertThat(v.text()).isEqualTo("shop-tls"));
        assertThat(IacValue.texts(ingress.value("spec.tls.hosts"))).containsExactly("shop.example.com");
        assertThat(r.all(ContainerImage.class)).anySatisfy(i -> assertThat(i.evidence().location())
                .isEqualTo("deploy/shop/templates/deployment.yaml:15"));
        assertThat(r.all(IacFile.class)).filteredOn(f -> f.format().equals("helm") && f.path().contains("templates/"))
                .hasSize(2);
    }

    @Test
    void aTemplateThatIsNotYamlAfterSubstitutionIsANote() {
        Parsed.Result r = Parsed.files("Chart.yaml", CHART, "values.yaml", "name: x\n",
                "templates/broken.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: [unclosed\n  b: {{ .Values.name }}\n");
        assertThat(r.notes()).singleElement().satisfies(n -> {
            assertThat(n.path()).isEqualTo("templates/broken.yaml");
            assertThat(n.message()).contains("chart's values");
        });
        assertThat(r.all(IacFile.class)).filteredOn(f -> f.path().equals("templates/broken.yaml")).singleElement()
                .satisfies(f -> assertThat(f.parsed()).isFalse());
    }

    @Test
    void aProductionOverlayIsMergedOverTheChartValuesAndOtherOverlaysAreNotRendered() {
        Parsed.Result r = Parsed.files("deploy/shop/Chart.yaml", CHART, "deploy/shop/values.yaml", VALUES,
                "deploy/shop/values-production.yaml", "replicaCount: 6\nimage:\n  tag: 3.4.6\nresources: null\n",
                "deploy/shop/values.staging.yaml", "replicaCount: 1\n",
                "deploy/shop/templates/deployment.yaml", DEPLOYMENT);
        assertThat(r.notes()).isEmpty();
        assertThat(r.all(IacResource.class)).filteredOn(x -> x.type().equals("Deployment")).singleElement()
                .satisfies(d -> {
                    assertThat(d.evidence().note()).contains("with deploy/shop/values-production.yaml");
                    assertThat(d.value("spec.replicas")).get().satisfies(v -> {
                        assertThat(v.text()).isEqualTo("6");
                        assertThat(((IacValue.Scalar) v).origin()).contains("deploy/shop/values-production.yaml:1");
                    });
                    IacValue.Mapping c = d.body().path("spec.template.spec").map(s -> ((IacValue.Mapping) s)
                            .mappings("containers").get(0)).orElseThrow();
                    assertThat(c.text("image")).isEqualTo("registry.example.com/shop:3.4.6");
                    assertThat(((IacValue.Scalar) c.get("image").orElseThrow()).origin())
                            .contains("image.repository from deploy/shop/values.yaml:3")
                            .contains("image.tag from deploy/shop/values-production.yaml:3");
                    assertThat(c.text("resources.limits.memory")).isEmpty();
                });
    }

    @Test
    void anUnresolvedIncludeFillingABlockKeepsItsParentFromReadingAsEmpty() {
        String policy = """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: shop
                spec:
                  podSelector:
                    matchLabels:
                      {{- include "shop.selectorLabels" . | nindent 6 }}
                  ingress:
                    - from:
                        - podSelector: {}
                      ports:
                        {{- include "shop.ports" . | nindent 8 }}
                        - port: 8080
                """;
        Parsed.Result r = Parsed.files("Chart.yaml", CHART, "values.yaml", "name: x\n", "templates/np.yaml", policy);
        assertThat(r.notes()).isEmpty();
        IacResource np = resource(r, "NetworkPolicy");
        assertThat(np.value("spec.podSelector.matchLabels")).get().isInstanceOfSatisfying(IacValue.Mapping.class,
                m -> assertThat(m.entries()).containsOnlyKeys("{{ include \"shop.selectorLabels\" . | nindent 6 }}"));
    }

    private static IacResource resource(Parsed.Result r, String type) {
        return r.all(IacResource.class).stream().filter(x -> x.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + r.all(IacResource.class)));
    }
}
