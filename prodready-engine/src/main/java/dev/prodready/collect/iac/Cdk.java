package dev.prodready.collect.iac;

import dev.prodready.collect.FactSink;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacResource;
import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AWS CDK programs (TypeScript, JavaScript, Python): constructs are emitted as the CloudFormation resources they
 * synthesise, with CloudFormation property names under "Properties" where the meaning is the same, so the
 * CloudFormation readings of the checks apply. L1 constructs ({@code new rds.CfnDBInstance}) map one to one; the
 * common L2 constructs are translated here. Where a CDK default differs from CloudFormation's, the default is
 * written in with its origin only when it is documented and safe to rely on; otherwise the property stays absent
 * and the check reads it as CloudFormation would. Values are literals only; anything else is an expression.
 */
final class Cdk {

    static final String FORMAT = "cdk";
    static final Set<String> PROGRAM_EXTENSIONS = Set.of("ts", "js", "mjs", "cjs", "py");

    private static final Map<String, String> NAMESPACES = Map.ofEntries(
            Map.entry("rds", "RDS"), Map.entry("ec2", "EC2"), Map.entry("wafv2", "WAFv2"),
            Map.entry("cloudfront", "CloudFront"), Map.entry("s3", "S3"), Map.entry("logs", "Logs"),
            Map.entry("cloudwatch", "CloudWatch"), Map.entry("autoscaling", "AutoScaling"),
            Map.entry("applicationautoscaling", "ApplicationAutoScaling"), Map.entry("ecs", "ECS"),
            Map.entry("elasticloadbalancingv2", "ElasticLoadBalancingV2"), Map.entry("dynamodb", "DynamoDB"),
            Map.entry("certificatemanager", "CertificateManager"), Map.entry("route53", "Route53"),
            Map.entry("shield", "Shield"), Map.entry("elasticache", "ElastiCache"), Map.entry("backup", "Backup"),
            Map.entry("lambda", "Lambda"), Map.entry("apigateway", "ApiGateway"), Map.entry("apigatewayv2", "ApiGatewayV2"),
            Map.entry("sqs", "SQS"), Map.entry("sns", "SNS"), Map.entry("synthetics", "Synthetics"),
            Map.entry("guardduty", "GuardDuty"), Map.entry("kms", "KMS"), Map.entry("iam", "IAM"),
            Map.entry("memorydb", "MemoryDB"), Map.entry("docdb", "DocDB"), Map.entry("neptune", "Neptune"),
            Map.entry("ses", "SES"), Map.entry("events", "Events"), Map.entry("secretsmanager", "SecretsManager"));

    /** CDK enum RetentionDays in days; INFINITE keeps logs forever (read like a missing retention). */
    private static final Map<String, Integer> RETENTION = Map.ofEntries(Map.entry("ONE_DAY", 1),
            Map.entry("THREE_DAYS", 3), Map.entry("FIVE_DAYS", 5), Map.entry("ONE_WEEK", 7), Map.entry("TWO_WEEKS", 14),
            Map.entry("ONE_MONTH", 30), Map.entry("TWO_MONTHS", 60), Map.entry("THREE_MONTHS", 90),
            Map.entry("FOUR_MONTHS", 120), Map.entry("FIVE_MONTHS", 150), Map.entry("SIX_MONTHS", 180),
            Map.entry("ONE_YEAR", 365), Map.entry("THIRTEEN_MONTHS", 400), Map.entry("EIGHTEEN_MONTHS", 545),
            Map.entry("TWO_YEARS", 731), Map.entry("THREE_YEARS", 1096), Map.entry("FIVE_YEARS", 1827),
            Map.entry("SIX_YEARS", 2192), Map.entry("SEVEN_YEARS", 2557), Map.entry("EIGHT_YEARS", 2922),
            Map.entry("NINE_YEARS", 3288), Map.entry("TEN_YEARS", 3653), Map.entry("INFINITE", 0));
    private static final Map<String, Integer> NAMED_PORTS = Map.of("SSH", 22, "HTTP", 80, "HTTPS", 443,
            "POSTGRES", 5432, "MYSQL_AURORA", 3306, "MSSQL", 1433, "REDIS", 6379, "RDP", 3389);
    private static final Pattern DAYS = Pattern.compile("Duration\\.days\\((\\d+)\\)$");
    private static final Pattern RETENTION_DAYS = Pattern.compile("RetentionDays\\.([A-Z_]+)$");
    private static final Pattern REMOVAL = Pattern.compile("RemovalPolicy\\.([A-Z_]+)$");

    /** A resource being built from a construct; method calls on its variable may still add to it. */
    private static final class Pending {
        final String type;
        final String name;
        final int line;
        final Map<String, IacValue> properties = new LinkedHashMap<>();
        final Map<String, IacValue> top = new LinkedHashMap<>();
        final String service;
        final String cls;
        final IacValue.Mapping props;

        Pending(String type, String name, int line, String service, String cls, IacValue.Mapping props) {
            this.type = type;
            this.name = name;
            this.line = line;
            this.service = service;
            this.cls = cls;
            this.props = props;
        }

        void set(String key, Optional<IacValue> value) {
            value.ifPresent(v -> properties.put(key, v));
        }
    }

    private final String path;
    private final List<Pending> out = new ArrayList<>();
    private final Map<String, Pending> variables = new LinkedHashMap<>();
    private final Map<Integer, ProgramText.Call> metricsByLine = new LinkedHashMap<>();
    private final Map<String, ProgramText.Call> metricsByVariable = new LinkedHashMap<>();

    private Cdk(String path) {
        this.path = path;
    }

    /** Resources synthesised by the constructs of one program file; returns how many. */
    static int emitProgram(String path, String text, String extension, FactSink sink) {
        ProgramText.Language language = ProgramText.languageOf(extension);
        ProgramText program = ProgramText.read(text, language);
        Map<String, String> imports = ProgramImports.of(text, language);
        Cdk cdk = new Cdk(path);
        List<ProgramText.Call> calls = program.calls();
        for (ProgramText.Call call : calls) {
            String[] s = resolve(call, imports).split("\\.");
            if (s.length == 3 && s[0].equals("cdk") && s[2].equals("Metric")) {
                cdk.metricsByLine.put(call.line(), call);
                if (!call.assignedTo().isEmpty()) {
                    cdk.metricsByVariable.put(call.assignedTo(), call);
                }
            }
        }
        for (ProgramText.Call call : calls) {
            String resolved = resolve(call, imports);
            String[] s = resolved.split("\\.");
            boolean construct = s.length == 3 && s[0].equals("cdk") && Character.isUpperCase(s[2].charAt(0))
                    && (call.constructed() || language == ProgramText.Language.PYTHON) && call.positional().size() >= 2;
            if (construct) {
                cdk.construct(s[1], s[2], call);
            } else if (s.length == 4 && s[0].equals("cdk") && s[2].equals("BackupPlan")) {
                cdk.add(call, "AWS::Backup::BackupPlan", "backup", "BackupPlan", IacValue.Mapping.empty(call.line()));
            } else {
                cdk.method(call);
            }
        }
        for (Pending p : cdk.out) {
            Map<String, IacValue> body = new LinkedHashMap<>(p.top);
            body.put("Properties", new IacValue.Mapping(p.properties, p.line));
            sink.add(new IacResource(FORMAT, "resource", p.type, p.name, new IacValue.Mapping(body, p.line),
                    Evidence.at(path, p.line, "CDK construct " + p.name + " (" + p.type + ")")));
        }
        return cdk.out.size();
    }

    private static String resolve(ProgramText.Call call, Map<String, String> imports) {
        String resolved = ProgramImports.resolve(call.callee(), imports);
        if (!resolved.startsWith("cdk.") && !resolved.equals("cdk")) {
            String first = call.callee().contains(".") ? call.callee().substring(0, call.callee().indexOf('.')) : "";
            String service = first.replace("_", "").toLowerCase(Locale.ROOT);
            if (NAMESPACES.containsKey(service) || service.equals("cloudwatchactions") || service.equals("ecspatterns")
                    || service.equals("elbv2")) {
                resolved = "cdk." + service + call.callee().substring(first.length());
            }
        }
        return resolved.replace("cdk.elbv2.", "cdk.elasticloadbalancingv2.").replace("cdk.acm.", "cdk.certificatemanager.");
    }

    private Pending add(ProgramText.Call call, String type, String service, String cls, IacValue.Mapping props) {
        IacValue id = call.positional().size() > 1 ? call.positional().get(1) : null;
        String name = id instanceof IacValue.Scalar sc ? sc.text() : id instanceof IacValue.Expression e ? e.expression()
                : cls;
        Pending p = new Pending(type, name, call.line(), service, cls, props);
        out.add(p);
        if (!call.assignedTo().isEmpty()) {
            variables.put(call.assignedTo(), p);
        }
        return p;
    }

    private Pending child(Pending parent, String type, String suffix, int line) {
        Pending p = new Pending(type, parent == null ? suffix : parent.name + suffix, line, "", "",
                IacValue.Mapping.empty(line));
        out.add(p);
        return p;
    }

    // ---------------------------------------------------------------- constructs

    private void construct(String service, String cls, ProgramText.Call call) {
        IacValue.Mapping props = camel(call.positional().size() > 2 && call.positional().get(2) instanceof IacValue.Mapping m
                ? m : new IacValue.Mapping(withoutScope(call.keywords()), call.line()));
        if (cls.startsWith("Cfn")) {
            String ns = NAMESPACES.getOrDefault(service, service.isEmpty() ? "" : Character.toUpperCase(service.charAt(0))
                    + service.substring(1));
            Pending p = add(call, "AWS::" + ns + "::" + cls.substring(3), service, cls, props);
            ((IacValue.Mapping) pascal(props)).entries().forEach(p.properties::put);
            return;
        }
        switch (service + "." + cls) {
            case "rds.DatabaseInstance", "rds.DatabaseInstanceFromSnapshot", "rds.DatabaseInstanceReadReplica" ->
                    dbInstance(call, cls, props);
            case "rds.DatabaseCluster", "rds.DatabaseClusterFromSnapshot" -> dbCluster(call, cls, props);
            case "ec2.SecurityGroup" -> {
                Pending p = add(call, "AWS::EC2::SecurityGroup", service, cls, props);
                p.set("VpcId", props.get("vpc"));
                p.set("GroupDescription", props.get("description"));
            }
            case "ec2.Vpc" -> {
                Pending p = add(call, "AWS::EC2::VPC", service, cls, props);
                // Not a CloudFormation property: how many availability zones CDK lays the VPC's subnets over.
                p.set("MaxAzs", props.get("maxAzs"));
            }
            case "cloudwatch.Alarm" -> alarm(add(call, "AWS::CloudWatch::Alarm", service, cls, props), props);
            case "cloudwatch.CompositeAlarm" -> add(call, "AWS::CloudWatch::CompositeAlarm", service, cls, props);
            case "cloudwatch.Dashboard" -> {
                Pending p = add(call, "AWS::CloudWatch::Dashboard", service, cls, props);
                p.set("Widgets", props.get("widgets"));
            }
            case "cloudfront.Distribution", "cloudfront.CloudFrontWebDistribution" -> {
                Pending p = add(call, "AWS::CloudFront::Distribution", service, cls, props);
                Map<String, IacValue> config = new LinkedHashMap<>();
                config.put("Enabled", props.get("enabled").orElse(IacValue.Scalar.of("true", IacValue.Scalar.Type.BOOL,
                        call.line())));
                props.get("webAclId").ifPresent(v -> config.put("WebACLId", v));
                props.get("defaultBehavior").ifPresent(v -> config.put("DefaultCacheBehavior", v));
                props.get("certificate").ifPresent(v -> config.put("ViewerCertificate", v));
                p.properties.put("DistributionConfig", new IacValue.Mapping(config, call.line()));
            }
            case "s3.Bucket" -> {
                Pending p = add(call, "AWS::S3::Bucket", service, cls, props);
                ((IacValue.Mapping) pascal(props)).entries().forEach(p.properties::put);
            }
            case "logs.LogGroup" -> {
                Pending p = add(call, "AWS::Logs::LogGroup", service, cls, props);
                // CDK's LogGroup keeps logs two years when no retention is given (RetentionDays.TWO_YEARS).
                p.properties.put("RetentionInDays", props.get("retention").map(Cdk::retention).orElse(
                        new IacValue.Scalar("731", IacValue.Scalar.Type.NUMBER, call.line(),
                                "CDK default for logs.LogGroup: RetentionDays.TWO_YEARS")));
                p.set("LogGroupName", props.get("logGroupName"));
            }
            case "lambda.Function", "lambdanodejs.NodejsFunction", "lambdapython.PythonFunction" -> {
                Pending p = add(call, "AWS::Lambda::Function", service, cls, props);
                p.set("Runtime", props.get("runtime"));
                props.get("logRetention").ifPresent(v -> child(p, "AWS::Logs::LogGroup", " log group", v.line())
                        .properties.put("RetentionInDays", retention(v)));
            }
            case "autoscaling.AutoScalingGroup" -> {
                Pending p = add(call, "AWS::AutoScaling::AutoScalingGroup", service, cls, props);
                // CDK defaults: minCapacity 1, maxCapacity the larger of minCapacity and desiredCapacity.
                IacValue min = props.get("minCapacity").orElse(new IacValue.Scalar("1", IacValue.Scalar.Type.NUMBER,
                        call.line(), "CDK default minCapacity"));
                p.properties.put("MinSize", min);
                p.properties.put("MaxSize", props.get("maxCapacity").or(() -> props.get("desiredCapacity")).orElse(min));
                p.set("DesiredCapacity", props.get("desiredCapacity"));
                placement(p, props);
            }
            case "ecs.FargateService", "ecs.Ec2Service" -> ecsService(add(call, "AWS::ECS::Service", service, cls, props),
                    props);
            case "ecspatterns.ApplicationLoadBalancedFargateService", "ecspatterns.ApplicationLoadBalancedEc2Service",
                 "ecspatterns.NetworkLoadBalancedFargateService" -> {
                Pending svc = add(call, "AWS::ECS::Service", service, cls, props);
                ecsService(svc, props);
                Pending lb = child(svc, "AWS::ElasticLoadBalancingV2::LoadBalancer", " load balancer", call.line());
                boolean internal = props.get("publicLoadBalancer").filter(v -> v.text().equals("false")).isPresent();
                lb.properties.put("Scheme", IacValue.Scalar.of(internal ? "internal" : "internet-facing",
                        IacValue.Scalar.Type.STRING, call.line()));
            }
            case "elasticloadbalancingv2.ApplicationLoadBalancer", "elasticloadbalancingv2.NetworkLoadBalancer" -> {
                Pending p = add(call, "AWS::ElasticLoadBalancingV2::LoadBalancer", service, cls, props);
                boolean facing = props.get("internetFacing").filter(v -> v.text().equals("true")).isPresent();
                p.properties.put("Scheme", IacValue.Scalar.of(facing ? "internet-facing" : "internal",
                        IacValue.Scalar.Type.STRING, call.line()));
            }
            case "dynamodb.Table", "dynamodb.TableV2" -> {
                Pending p = add(call, "AWS::DynamoDB::Table", service, cls, props);
                Optional<IacValue> pitr = props.get("pointInTimeRecovery").or(() -> props.path(
                        "pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled"));
                pitr.ifPresent(v -> p.properties.put("PointInTimeRecoverySpecification", new IacValue.Mapping(
                        Map.of("PointInTimeRecoveryEnabled", v), v.line())));
                p.set("DeletionProtectionEnabled", props.get("deletionProtection"));
                removal(p, props);
                if (!p.top.containsKey("DeletionPolicy")) {
                    // CDK keeps a table when its stack is deleted unless told otherwise; CloudFormation would delete it.
                    p.top.put("DeletionPolicy", new IacValue.Scalar("Retain", IacValue.Scalar.Type.STRING, call.line(),
                            "CDK default for dynamodb." + cls + ": RemovalPolicy.RETAIN"));
                }
            }
            case "certificatemanager.Certificate", "certificatemanager.DnsValidatedCertificate" -> {
                Pending p = add(call, "AWS::CertificateManager::Certificate", service, cls, props);
                p.set("DomainName", props.get("domainName"));
                Optional<IacValue> validation = props.get("validation");
                if (cls.equals("DnsValidatedCertificate")) {
                    p.properties.put("ValidationMethod", IacValue.Scalar.of("DNS", IacValue.Scalar.Type.STRING, call.line()));
                } else {
                    validation.ifPresent(v -> {
                        String t = text(v).toLowerCase(Locale.ROOT);
                        p.properties.put("ValidationMethod", t.contains("fromdns") || t.contains("from_dns")
                                ? IacValue.Scalar.of("DNS", IacValue.Scalar.Type.STRING, v.line())
                                : t.contains("fromemail") || t.contains("from_email")
                                ? IacValue.Scalar.of("EMAIL", IacValue.Scalar.Type.STRING, v.line()) : v);
                    });
                }
            }
            case "route53.HostedZone", "route53.PublicHostedZone" -> {
                Pending p = add(call, "AWS::Route53::HostedZone", service, cls, props);
                p.set("Name", props.get("zoneName"));
            }
            case "route53.ARecord", "route53.AaaaRecord", "route53.CnameRecord", "route53.TxtRecord",
                 "route53.MxRecord" -> {
                Pending p = add(call, "AWS::Route53::RecordSet", service, cls, props);
                p.properties.put("Type", IacValue.Scalar.of(cls.replace("Record", "").toUpperCase(Locale.ROOT),
                        IacValue.Scalar.Type.STRING, call.line()));
                p.set("Name", props.get("recordName"));
                p.set("ResourceRecords", props.get("values").or(() -> props.get("domainName")));
            }
            case "sns.Topic" -> add(call, "AWS::SNS::Topic", service, cls, props);
            case "sns.Subscription" -> {
                Pending p = add(call, "AWS::SNS::Subscription", service, cls, props);
                p.set("Protocol", props.get("protocol"));
                p.set("Endpoint", props.get("endpoint"));
            }
            case "sqs.Queue" -> add(call, "AWS::SQS::Queue", service, cls, props);
            case "apigateway.RestApi", "apigateway.LambdaRestApi" -> add(call, "AWS::ApiGateway::RestApi", service, cls,
                    props);
            case "apigatewayv2.HttpApi" -> add(call, "AWS::ApiGatewayV2::Api", service, cls, props);
            case "synthetics.Canary" -> add(call, "AWS::Synthetics::Canary", service, cls, props);
            case "backup.BackupPlan" -> add(call, "AWS::Backup::BackupPlan", service, cls, props);
            case "elasticache.ReplicationGroup" -> add(call, "AWS::ElastiCache::ReplicationGroup", service, cls, props);
            default -> {
            }
        }
    }

    private void dbInstance(ProgramText.Call call, String cls, IacValue.Mapping props) {
        Pending p = add(call, "AWS::RDS::DBInstance", "rds", cls, props);
        p.set("Engine", props.get("engine").map(Cdk::engine));
        Optional<IacValue> pub = props.get("publiclyAccessible");
        if (pub.isEmpty()) {
            // CDK makes the instance publicly accessible by default only when it is placed in public subnets.
            pub = props.get("vpcSubnets").filter(v -> text(v).contains("PUBLIC")).map(v -> new IacValue.Scalar("true",
                    IacValue.Scalar.Type.BOOL, v.line(), "CDK default for an instance in public subnets"));
        }
        p.set("PubliclyAccessible", pub);
        p.set("MultiAZ", props.get("multiAz"));
        p.set("AvailabilityZone", props.get("availabilityZone"));
        // Same default as CloudFormation when absent: one day of automated backups (none for a read replica).
        p.set("BackupRetentionPeriod", props.get("backupRetention").map(Cdk::days));
        Optional<IacValue> encrypted = props.get("storageEncrypted");
        if (encrypted.isEmpty()) {
            // CDK turns storage encryption on when a key is given; without one it is off, as in CloudFormation.
            encrypted = props.get("storageEncryptionKey").map(k -> new IacValue.Scalar("true", IacValue.Scalar.Type.BOOL,
                    k.line(), "CDK encrypts storage when storageEncryptionKey is set"));
        }
        p.set("StorageEncrypted", encrypted);
        p.set("KmsKeyId", props.get("storageEncryptionKey"));
        p.set("DeletionProtection", props.get("deletionProtection"));
        p.set("EnablePerformanceInsights", props.get("enablePerformanceInsights"));
        p.set("DBInstanceClass", props.get("instanceType"));
        p.set("Port", props.get("port"));
        // CDK always places the instance in the VPC it is given, through a subnet group it creates there.
        props.get("vpc").ifPresent(v -> p.properties.put("DBSubnetGroupName", new IacValue.Expression(
                "subnet group CDK creates in " + text(v), v.line())));
        if (cls.equals("DatabaseInstanceReadReplica")) {
            p.properties.put("SourceDBInstanceIdentifier", props.get("sourceDatabaseInstance")
                    .orElse(new IacValue.Expression("source instance", call.line())));
        }
        removal(p, props);
    }

    private void dbCluster(ProgramText.Call call, String cls, IacValue.Mapping props) {
        Pending p = add(call, "AWS::RDS::DBCluster", "rds", cls, props);
        p.set("Engine", props.get("engine").map(Cdk::engine));
        p.set("StorageEncrypted", props.get("storageEncrypted").or(() -> props.get("storageEncryptionKey").map(k ->
                new IacValue.Scalar("true", IacValue.Scalar.Type.BOOL, k.line(),
                        "CDK encrypts storage when storageEncryptionKey is set"))));
        p.set("KmsKeyId", props.get("storageEncryptionKey"));
        p.set("BackupRetentionPeriod", props.path("backup.retention").map(Cdk::days));
        p.set("DeletionProtection", props.get("deletionProtection"));
        Optional<IacValue> vpc = props.get("vpc").or(() -> props.path("instanceProps.vpc"));
        vpc.ifPresent(v -> p.properties.put("DBSubnetGroupName", new IacValue.Expression(
                "subnet group CDK creates in " + text(v), v.line())));
        if (cls.equals("DatabaseClusterFromSnapshot")) {
            p.set("SnapshotIdentifier", props.get("snapshotIdentifier"));
        }
        removal(p, props);
        // Cluster members, as CDK synthesises them: the writer and each reader (or "instances", 2 by default
        // in the older instanceProps form).
        IacValue.Expression cluster = new IacValue.Expression("cluster " + p.name, call.line());
        List<IacValue> members = new ArrayList<>();
        props.get("writer").ifPresent(members::add);
        props.get("readers").ifPresent(r -> members.addAll(r instanceof IacValue.Sequence s ? s.items() : List.of(r)));
        if (members.isEmpty() && props.get("instanceProps").isPresent()) {
            Optional<IacValue> n = props.get("instances");
            long count = n.filter(v -> v instanceof IacValue.Scalar).flatMap(v -> ((IacValue.Scalar) v).number()).orElse(
                    n.isPresent() ? 0L : 2L);
            for (int i = 0; i < count; i++) {
                members.add(n.orElse(new IacValue.Scalar("2", IacValue.Scalar.Type.NUMBER, call.line(),
                        "CDK default: 2 instances")));
            }
        }
        int i = 1;
        for (IacValue m : members) {
            Pending member = child(p, "AWS::RDS::DBInstance", "/instance" + i++, m.line());
            member.properties.put("DBClusterIdentifier", cluster);
        }
    }

    private static void removal(Pending p, IacValue.Mapping props) {
        props.get("removalPolicy").ifPresent(v -> {
            Matcher m = REMOVAL.matcher(text(v));
            String policy = !m.find() ? "" : switch (m.group(1)) {
                case "DESTROY" -> "Delete";
                case "RETAIN", "RETAIN_ON_UPDATE_OR_DELETE" -> "Retain";
                case "SNAPSHOT" -> "Snapshot";
                default -> "";
            };
            IacValue mapped = policy.isEmpty() ? v : IacValue.Scalar.of(policy, IacValue.Scalar.Type.STRING, v.line());
            // CDK applies a removal policy to both the delete and the replacement of the resource.
            p.top.put("DeletionPolicy", mapped);
            p.top.put("UpdateReplacePolicy", mapped);
        });
    }

    private void alarm(Pending p, IacValue.Mapping props) {
        p.set("Threshold", props.get("threshold"));
        p.set("EvaluationPeriods", props.get("evaluationPeriods"));
        p.set("ComparisonOperator", props.get("comparisonOperator"));
        p.set("AlarmName", props.get("alarmName"));
        props.get("metric").ifPresent(m -> metric(p, m));
    }

    /** The metric an alarm watches: its source text, and the namespace and name of a Metric written inline or in a variable. */
    private void metric(Pending p, IacValue m) {
        p.properties.put("Metric", m);
        ProgramText.Call metric = metricsByLine.get(m.line());
        if (metric == null && m instanceof IacValue.Expression e) {
            metric = metricsByVariable.get(e.expression().replaceFirst("^(this|self)\\.", ""));
        }
        if (metric != null) {
            IacValue.Mapping mp = camel(metric.props());
            p.set("Namespace", mp.get("namespace"));
            p.set("MetricName", mp.get("metricName"));
            p.set("Statistic", mp.get("statistic"));
        }
    }

    private void ecsService(Pending p, IacValue.Mapping props) {
        p.set("DesiredCount", props.get("desiredCount"));
        Map<String, IacValue> deployment = new LinkedHashMap<>();
        props.get("circuitBreaker").filter(v -> v instanceof IacValue.Mapping).ifPresent(v -> {
            IacValue.Mapping cb = (IacValue.Mapping) v;
            deployment.put("DeploymentCircuitBreaker", new IacValue.Mapping(Map.of(
                    "Enable", IacValue.Scalar.of("true", IacValue.Scalar.Type.BOOL, v.line()),
                    "Rollback", cb.get("rollback").orElse(IacValue.Scalar.of("false", IacValue.Scalar.Type.BOOL, v.line()))),
                    v.line()));
        });
        props.get("minHealthyPercent").ifPresent(v -> deployment.put("MinimumHealthyPercent", v));
        props.get("maxHealthyPercent").ifPresent(v -> deployment.put("MaximumPercent", v));
        if (!deployment.isEmpty()) {
            p.properties.put("DeploymentConfiguration", new IacValue.Mapping(deployment, p.line));
        }
        placement(p, props);
    }

    /**
     * Where compute runs: CDK spreads a service or group over the subnets of every availability zone of its VPC unless
     * vpcSubnets narrows them. Kept as an expression naming the selection; the VPC's own MaxAzs says how many zones.
     */
    private static void placement(Pending p, IacValue.Mapping props) {
        Optional<IacValue> subnets = props.get("vpcSubnets");
        String what = subnets.map(Cdk::text).orElse("CDK default: the VPC's private subnets in each availability zone");
        p.properties.put("VPCZoneIdentifier", new IacValue.Expression(what, subnets.map(IacValue::line).orElse(p.line)));
        props.get("availabilityZones").ifPresent(v -> p.properties.put("AvailabilityZones", v));
    }

    // ---------------------------------------------------------------- method calls on constructs

    private void method(ProgramText.Call call) {
        String m = call.lastSegment();
        String receiver = call.receiver();
        String owner = receiver.replaceFirst("^(this|self)\\.", "").replaceFirst("\\.connections$", "");
        Pending target = variables.get(owner);
        switch (m) {
            case "addIngressRule", "add_ingress_rule", "allowFrom", "allow_from", "allowFromAnyIpv4",
                 "allow_from_any_ipv4", "allowDefaultPortFromAnyIpv4", "allow_default_port_from_any_ipv4",
                 "allowDefaultPortFrom", "allow_default_port_from" -> ingress(call, m.replace("_", "").toLowerCase(Locale.ROOT),
                    owner, target);
            case "addAlarmAction", "add_alarm_action" -> {
                if (target != null && !call.positional().isEmpty()) {
                    target.properties.put("AlarmActions", new IacValue.Sequence(List.of(call.positional().get(0)), call.line()));
                }
            }
            case "createAlarm", "create_alarm" -> {
                if (call.positional().size() >= 2) {
                    IacValue.Mapping props = camel(call.props());
                    Pending p = add(call, "AWS::CloudWatch::Alarm", "cloudwatch", "Alarm", props);
                    alarm(p, props);
                    p.properties.put("Metric", new IacValue.Expression(receiver, call.line()));
                }
            }
            case "addSubscription", "add_subscription" -> {
                if (!call.positional().isEmpty()) {
                    String t = text(call.positional().get(0)).toLowerCase(Locale.ROOT);
                    String protocol = t.contains("email") ? "email" : t.contains("sms") ? "sms" : t.contains("url")
                            ? "https" : t.contains("lambda") ? "lambda" : t.contains("sqs") ? "sqs" : "";
                    Pending p = child(target, "AWS::SNS::Subscription", " subscription", call.line());
                    p.properties.put("Protocol", IacValue.Scalar.of(protocol, IacValue.Scalar.Type.STRING, call.line()));
                    p.properties.put("Endpoint", call.positional().get(0));
                }
            }
            case "autoScaleTaskCount", "auto_scale_task_count" -> {
                IacValue.Mapping props = camel(call.props());
                Pending p = child(target, "AWS::ApplicationAutoScaling::ScalableTarget", " scaling", call.line());
                p.set("MinCapacity", props.get("minCapacity"));
                p.set("MaxCapacity", props.get("maxCapacity"));
                p.properties.put("ScalableDimension", IacValue.Scalar.of("ecs:service:DesiredCount",
                        IacValue.Scalar.Type.STRING, call.line()));
                if (!call.assignedTo().isEmpty()) {
                    variables.put(call.assignedTo(), p);
                }
            }
            case "scaleOnCpuUtilization", "scale_on_cpu_utilization", "scaleOnMemoryUtilization",
                 "scale_on_memory_utilization", "scaleOnRequestCount", "scale_on_request_count", "scaleOnMetric",
                 "scale_on_metric", "scaleToTrackCustomMetric", "scale_to_track_custom_metric" -> scaling(call, m, target);
            case "addWidgets", "add_widgets" -> {
                if (target != null) {
                    List<IacValue> widgets = new ArrayList<>(IacValue.Mapping.mappingsOf(target.properties.get("Widgets"))
                            .isEmpty() ? List.of() : List.of(target.properties.get("Widgets")));
                    widgets.addAll(call.positional());
                    target.properties.put("Widgets", new IacValue.Sequence(widgets, call.line()));
                }
            }
            default -> {
            }
        }
    }

    private void scaling(ProgramText.Call call, String method, Pending target) {
        boolean ecs = target != null && target.type.startsWith("AWS::ApplicationAutoScaling");
        IacValue.Mapping props = camel(call.props());
        String normalized = method.replace("_", "").toLowerCase(Locale.ROOT);
        Pending p = child(target, ecs ? "AWS::ApplicationAutoScaling::ScalingPolicy" : "AWS::AutoScaling::ScalingPolicy",
                " " + normalized, call.line());
        String metric = normalized.contains("cpu") ? (ecs ? "ECSServiceAverageCPUUtilization" : "ASGAverageCPUUtilization")
                : normalized.contains("memory") ? "ECSServiceAverageMemoryUtilization"
                : normalized.contains("request") ? "ALBRequestCountPerTarget" : "";
        Map<String, IacValue> config = new LinkedHashMap<>();
        props.get("targetUtilizationPercent").or(() -> props.get("targetRequestsPerTarget"))
                .or(() -> props.get("targetValue")).ifPresent(v -> config.put("TargetValue", v));
        if (!metric.isEmpty()) {
            config.put("PredefinedMetricSpecification", new IacValue.Mapping(Map.of("PredefinedMetricType",
                    IacValue.Scalar.of(metric, IacValue.Scalar.Type.STRING, call.line())), call.line()));
        }
        p.properties.put("PolicyType", IacValue.Scalar.of(normalized.contains("onmetric") ? "StepScaling"
                : "TargetTrackingScaling", IacValue.Scalar.Type.STRING, call.line()));
        p.properties.put(ecs ? "TargetTrackingScalingPolicyConfiguration" : "TargetTrackingConfiguration",
                new IacValue.Mapping(config, call.line()));
    }

    /** Ingress rules added by method: each becomes an AWS::EC2::SecurityGroupIngress with literal CIDR and ports. */
    private void ingress(ProgramText.Call call, String method, String owner, Pending target) {
        List<IacValue> args = call.positional();
        Map<String, IacValue> rule = new LinkedHashMap<>();
        IacValue peer = method.contains("anyipv4") ? new IacValue.Expression("Peer.anyIpv4()", call.line())
                : args.isEmpty() ? null : args.get(0);
        IacValue port = method.contains("defaultport") ? null : method.equals("allowfromanyipv4")
                ? (args.isEmpty() ? null : args.get(0)) : args.size() > 1 ? args.get(1) : null;
        if (peer == null) {
            return;
        }
        String p = text(peer).replace("_", "").toLowerCase(Locale.ROOT);
        Matcher cidr = Pattern.compile("peer\\.ipv([46])\\('([^']*)'\\)").matcher(p.replace("\"", "'"));
        if (p.contains("peer.anyipv4()")) {
            rule.put("CidrIp", new IacValue.Scalar("0.0.0.0/0", IacValue.Scalar.Type.STRING, peer.line(), ""));
        } else if (p.contains("peer.anyipv6()")) {
            rule.put("CidrIpv6", new IacValue.Scalar("::/0", IacValue.Scalar.Type.STRING, peer.line(), ""));
        } else if (cidr.find()) {
            rule.put(cidr.group(1).equals("4") ? "CidrIp" : "CidrIpv6", IacValue.Scalar.of(cidr.group(2),
                    IacValue.Scalar.Type.STRING, peer.line()));
        } else {
            rule.put("SourceSecurityGroupId", peer);
        }
        ports(port, target, call.line(), rule);
        Pending r = child(null, "AWS::EC2::SecurityGroupIngress", owner + " ingress", call.line());
        r.properties.putAll(rule);
        r.properties.put("GroupId", new IacValue.Expression(owner, call.line()));
    }

    private static void ports(IacValue port, Pending target, int line, Map<String, IacValue> rule) {
        if (port == null) {
            // The database's default port, by engine, when the rule is "default port" on a database construct.
            Optional<Integer> p = target == null ? Optional.empty() : Optional.ofNullable(target.properties.get("Port"))
                    .filter(v -> v instanceof IacValue.Scalar).flatMap(v -> ((IacValue.Scalar) v).number()).map(Long::intValue)
                    .or(() -> enginePort(target));
            if (p.isPresent()) {
                rule.put("IpProtocol", IacValue.Scalar.of("tcp", IacValue.Scalar.Type.STRING, line));
                rule.put("FromPort", new IacValue.Scalar(String.valueOf(p.get()), IacValue.Scalar.Type.NUMBER, line,
                        "default port of the database engine"));
                rule.put("ToPort", rule.get("FromPort"));
            } else {
                rule.put("FromPort", new IacValue.Expression("default port", line));
                rule.put("ToPort", new IacValue.Expression("default port", line));
            }
            return;
        }
        String t = text(port).replace("_", "").toLowerCase(Locale.ROOT);
        Matcher single = Pattern.compile("port\\.(tcp|udp)\\((\\d+)\\)").matcher(t);
        Matcher range = Pattern.compile("port\\.(tcp|udp)range\\((\\d+),\\s*(\\d+)\\)").matcher(t);
        Matcher named = Pattern.compile("port\\.([a-z]+)$").matcher(t);
        if (t.contains("port.alltraffic()")) {
            rule.put("IpProtocol", IacValue.Scalar.of("-1", IacValue.Scalar.Type.STRING, port.line()));
        } else if (t.contains("port.alltcp()")) {
            number(rule, "tcp", "0", "65535", port.line());
        } else if (single.find()) {
            number(rule, single.group(1), single.group(2), single.group(2), port.line());
        } else if (range.find()) {
            number(rule, range.group(1), range.group(2), range.group(3), port.line());
        } else if (named.find() && NAMED_PORTS.containsKey(named.group(1).toUpperCase(Locale.ROOT).replace("MYSQLAURORA",
                "MYSQL_AURORA"))) {
            String n = String.valueOf(NAMED_PORTS.get(named.group(1).toUpperCase(Locale.ROOT).replace("MYSQLAURORA",
                    "MYSQL_AURORA")));
            number(rule, "tcp", n, n, port.line());
        } else {
            rule.put("FromPort", port);
            rule.put("ToPort", port);
        }
    }

    private static void number(Map<String, IacValue> rule, String protocol, String from, String to, int line) {
        rule.put("IpProtocol", IacValue.Scalar.of(protocol, IacValue.Scalar.Type.STRING, line));
        rule.put("FromPort", IacValue.Scalar.of(from, IacValue.Scalar.Type.NUMBER, line));
        rule.put("ToPort", IacValue.Scalar.of(to, IacValue.Scalar.Type.NUMBER, line));
    }

    private static Optional<Integer> enginePort(Pending db) {
        String engine = Optional.ofNullable(db.properties.get("Engine")).map(Cdk::text).orElse("");
        if (engine.contains("postgres")) {
            return Optional.of(5432);
        }
        if (engine.contains("mysql") || engine.contains("maria")) {
            return Optional.of(3306);
        }
        if (engine.contains("sqlserver")) {
            return Optional.of(1433);
        }
        return engine.contains("oracle") ? Optional.of(1521) : Optional.empty();
    }

    // ---------------------------------------------------------------- values

    private static Map<String, IacValue> withoutScope(Map<String, IacValue> keywords) {
        Map<String, IacValue> out = new LinkedHashMap<>(keywords);
        if (out.get("scope") instanceof IacValue.Expression e && (e.expression().equals("self") || e.expression().equals("this"))) {
            out.remove("scope");
            out.remove("id");
        }
        return out;
    }

    /** Python's snake_case keyword names to the camelCase of the TypeScript props, recursively. */
    static IacValue.Mapping camel(IacValue.Mapping m) {
        return (IacValue.Mapping) camelValue(m);
    }

    private static IacValue camelValue(IacValue v) {
        if (v instanceof IacValue.Mapping m) {
            Map<String, IacValue> out = new LinkedHashMap<>();
            m.entries().forEach((k, x) -> out.put(camelName(k), camelValue(x)));
            return new IacValue.Mapping(out, m.line());
        }
        if (v instanceof IacValue.Sequence s) {
            return new IacValue.Sequence(s.items().stream().map(Cdk::camelValue).toList(), s.line());
        }
        return v;
    }

    static String camelName(String k) {
        if (!k.contains("_") || k.equals(k.toUpperCase(Locale.ROOT))) {
            return k;
        }
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : k.toCharArray()) {
            if (c == '_') {
                up = b.length() > 0;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    /** L1 props (camelCase) to CloudFormation's PascalCase names, with the acronyms CloudFormation spells upper-case. */
    static IacValue pascal(IacValue v) {
        if (v instanceof IacValue.Mapping m) {
            Map<String, IacValue> out = new LinkedHashMap<>();
            m.entries().forEach((k, x) -> out.put(pascalName(k), pascal(x)));
            return new IacValue.Mapping(out, m.line());
        }
        if (v instanceof IacValue.Sequence s) {
            return new IacValue.Sequence(s.items().stream().map(Cdk::pascal).toList(), s.line());
        }
        return v;
    }

    static String pascalName(String k) {
        if (k.isEmpty()) {
            return k;
        }
        String p = Character.toUpperCase(k.charAt(0)) + k.substring(1);
        return p.replaceAll("Db(?=[A-Z]|$)", "DB").replaceAll("MultiAz$", "MultiAZ").replaceAll("WebAcl(?=[A-Z]|$)", "WebACL")
                .replaceAll("^Vpc(?=SecurityGroups|ZoneIdentifier)", "VPC");
    }

    private static IacValue days(IacValue v) {
        Matcher m = DAYS.matcher(text(v));
        if (m.find()) {
            return new IacValue.Scalar(m.group(1), IacValue.Scalar.Type.NUMBER, v.line(), "");
        }
        return v;
    }

    private static IacValue retention(IacValue v) {
        Matcher m = RETENTION_DAYS.matcher(text(v));
        if (m.find() && RETENTION.containsKey(m.group(1))) {
            return IacValue.Scalar.of(String.valueOf(RETENTION.get(m.group(1))), IacValue.Scalar.Type.NUMBER, v.line());
        }
        return v;
    }

    /** The engine family of a CDK engine expression ("rds.DatabaseInstanceEngine.postgres({...})" -> "postgres"). */
    private static IacValue engine(IacValue v) {
        String t = text(v).replace("_", "").toLowerCase(Locale.ROOT);
        Matcher m = Pattern.compile("engine\\.(aurorapostgres|auroramysql|aurora|postgres|mysql|mariadb|sqlserver\\w*|"
                + "oracle\\w*)").matcher(t);
        if (!m.find()) {
            return v;
        }
        String family = switch (m.group(1)) {
            case "aurorapostgres" -> "aurora-postgresql";
            case "auroramysql", "aurora" -> "aurora-mysql";
            default -> m.group(1);
        };
        return IacValue.Scalar.of(family, IacValue.Scalar.Type.STRING, v.line());
    }

    static String text(IacValue v) {
        if (v instanceof IacValue.Expression e) {
            return e.expression();
        }
        if (v instanceof IacValue.Scalar s) {
            return s.text();
        }
        List<String> parts = new ArrayList<>();
        collect(v, parts);
        return String.join(" ", parts);
    }

    private static void collect(IacValue v, List<String> out) {
        if (v instanceof IacValue.Mapping m) {
            m.entries().forEach((k, x) -> {
                out.add(k);
                collect(x, out);
            });
        } else if (v instanceof IacValue.Sequence s) {
            s.items().forEach(i -> collect(i, out));
        } else {
            out.add(text(v));
        }
    }
}
