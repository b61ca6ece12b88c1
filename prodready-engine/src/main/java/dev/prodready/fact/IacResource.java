package dev.prodready.fact;

import java.util.Optional;

/**
 * One block of infrastructure or platform configuration, parsed: a Terraform resource, data source, module,
 * provider or backend; a CloudFormation resource; a Kubernetes object; a compose service; a Dockerfile stage;
 * a platform configuration file (fly.toml, vercel.json, render.yaml service, supabase/config.toml, ...).
 *
 * @param format  the language or tool: terraform, cloudformation, kubernetes, helm, compose, dockerfile,
 *                serverless, vercel, netlify, fly, render, railway, supabase, prometheus, alertmanager, grafana
 * @param kind    what sort of block: resource, data, module, provider, backend, service, stage, config, values,
 *                alert, dashboard
 * @param type    the resource type ("aws_db_instance", "AWS::RDS::DBInstance", "Deployment", "web")
 * @param name    its name or logical id ("" when it has none)
 * @param body    every attribute and nested block, with lines
 */
public record IacResource(String format, String kind, String type, String name, IacValue.Mapping body,
                          Evidence evidence) implements Fact {

    /** "aws_db_instance.main", "AWS::RDS::DBInstance Database", "Deployment web". */
    public String label() {
        if (name.isEmpty()) {
            return type;
        }
        return format.equals("terraform") ? type + "." + name : type + " " + name;
    }

    public String path() {
        return evidence.path();
    }

    public Optional<IacValue> value(String dotted) {
        return body.path(dotted);
    }
}
