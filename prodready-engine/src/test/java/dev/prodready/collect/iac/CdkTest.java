package dev.prodready.collect.iac;

import dev.prodready.fact.IacResource;
import dev.prodready.fact.IacValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CdkTest {

    @Test
    void typeScriptDatabaseInstanceMapsToCloudFormationProperties() {
        Parsed.Result r = Parsed.files("cdk.json", "{\"app\": \"npx ts-node bin/app.ts\"}", "lib/stack.ts", """
                import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
                import * as rds from 'aws-cdk-lib/aws-rds';
                import * as ec2 from 'aws-cdk-lib/aws-ec2';

                export class Db extends Stack {
                  constructor(scope: Construct, id: string) {
                    super(scope, id);
                    const db = new rds.DatabaseInstance(this, 'Db', {
                      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
                      vpc,
                      publiclyAccessible: false,
                      multiAz: true,
                      backupRetention: Duration.days(7),
                      storageEncrypted: true,
                      removalPolicy: RemovalPolicy.DESTROY,
                    });
                    db.connections.allowDefaultPortFromAnyIpv4('open');
                  }
                }
                """);
        IacResource db = TerraformTest.resource(r, "AWS::RDS::DBInstance");
        assertThat(db.format()).isEqualTo("cdk");
        assertThat(db.evidence().location()).isEqualTo("lib/stack.ts:8");
        assertThat(db.value("Properties.Engine").map(IacValue::text)).contains("postgres");
        assertThat(db.value("Properties.MultiAZ").map(IacValue::text)).contains("true");
        assertThat(db.value("Properties.BackupRetentionPeriod").map(IacValue::text)).contains("7");
        assertThat(db.value("Properties.BackupRetentionPeriod").map(IacValue::line)).contains(13);
        assertThat(db.value("Properties.DBSubnetGroupName").orElseThrow()).isInstanceOf(IacValue.Expression.class);
        assertThat(db.value("DeletionPolicy").map(IacValue::text)).contains("Delete");
        IacResource rule = TerraformTest.resource(r, "AWS::EC2::SecurityGroupIngress");
        assertThat(rule.value("Properties.CidrIp").map(IacValue::text)).contains("0.0.0.0/0");
        assertThat(rule.value("Properties.FromPort").map(IacValue::text)).contains("5432");
        assertThat(rule.evidence().location()).isEqualTo("lib/stack.ts:17");
    }

    @Test
    void pythonConstructsSecurityGroupRulesLogsAndL1() {
        Parsed.Result r = Parsed.files("cdk.json", "{\"app\": \"python3 app.py\"}", "stacks/app_stack.py", """
                from aws_cdk import Stack, aws_ec2 as ec2, aws_logs as logs, aws_wafv2 as wafv2
                from aws_cdk import aws_rds as rds


                class AppStack(Stack):
                    def __init__(self, scope, construct_id, **kwargs):
                        super().__init__(scope, construct_id, **kwargs)
                        sg = ec2.SecurityGroup(self, "DbSg", vpc=vpc)
                        sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(5432), "db from anywhere")
                        logs.LogGroup(self, "Logs")
                        logs.LogGroup(self, "Short", retention=logs.RetentionDays.ONE_MONTH)
                        wafv2.CfnWebACL(self, "Acl", scope="REGIONAL", default_action={"allow": {}})
                        rds.DatabaseInstance(self, "Db", engine=rds.DatabaseInstanceEngine.MYSQL, vpc=vpc,
                                             vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC))
                """);
        IacResource rule = TerraformTest.resource(r, "AWS::EC2::SecurityGroupIngress");
        assertThat(rule.value("Properties.CidrIp").map(IacValue::text)).contains("0.0.0.0/0");
        assertThat(rule.value("Properties.ToPort").map(IacValue::text)).contains("5432");
        List<IacResource> groups = r.all(IacResource.class).stream().filter(x -> x.type().equals("AWS::Logs::LogGroup"))
                .toList();
        assertThat(groups).extracting(g -> g.value("Properties.RetentionInDays").map(IacValue::text).orElse(""))
                .containsExactly("731", "30");
        IacResource acl = TerraformTest.resource(r, "AWS::WAFv2::WebACL");
        assertThat(acl.value("Properties.Scope").map(IacValue::text)).contains("REGIONAL");
        IacResource db = TerraformTest.resource(r, "AWS::RDS::DBInstance");
        IacValue.Scalar pub = (IacValue.Scalar) db.value("Properties.PubliclyAccessible").orElseThrow();
        assertThat(pub.bool()).contains(true);
        assertThat(pub.origin()).contains("public subnets");
    }

    @Test
    void auroraClusterMembersAndEcsScaling() {
        Parsed.Result r = Parsed.files("cdk.json", "{}", "lib/app.ts", """
                import * as cdk from 'aws-cdk-lib';
                import { aws_rds as rds, aws_ecs as ecs } from 'aws-cdk-lib';
                const cluster = new rds.DatabaseCluster(this, 'Aurora', {
                  engine: rds.DatabaseClusterEngine.auroraPostgres({ version: v }),
                  writer: rds.ClusterInstance.provisioned('writer'),
                  readers: [rds.ClusterInstance.serverlessV2('reader')],
                  vpc,
                  storageEncrypted: true,
                  backup: { retention: cdk.Duration.days(14) },
                });
                const svc = new ecs.FargateService(this, 'Web', { cluster: c, taskDefinition: td, desiredCount: 2,
                  circuitBreaker: { rollback: true } });
                const scaling = svc.autoScaleTaskCount({ minCapacity: 2, maxCapacity: 10 });
                scaling.scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: 60 });
                """);
        IacResource cluster = TerraformTest.resource(r, "AWS::RDS::DBCluster");
        assertThat(cluster.value("Properties.BackupRetentionPeriod").map(IacValue::text)).contains("14");
        assertThat(r.all(IacResource.class).stream().filter(x -> x.type().equals("AWS::RDS::DBInstance"))).hasSize(2)
                .allSatisfy(m -> assertThat(m.value("Properties.DBClusterIdentifier")).isPresent());
        IacResource target = TerraformTest.resource(r, "AWS::ApplicationAutoScaling::ScalableTarget");
        assertThat(target.value("Properties.MaxCapacity").map(IacValue::text)).contains("10");
        IacResource policy = TerraformTest.resource(r, "AWS::ApplicationAutoScaling::ScalingPolicy");
        assertThat(policy.value("Properties.TargetTrackingScalingPolicyConfiguration.TargetValue").map(IacValue::text))
                .contains("60");
        IacResource svc = TerraformTest.resource(r, "AWS::ECS::Service");
        assertThat(svc.value("Properties.DeploymentConfiguration.DeploymentCircuitBreaker.Rollback").map(IacValue::text))
                .contains("true");
    }

    @Test
    void scannerSkipsCommentsStringsAndTemplates() {
        ProgramText p = ProgramText.read("""
                /* new rds.DatabaseInstance(this, 'A', {}) */
                const s = "new rds.DatabaseInstance(this, 'B', {})";
                const re = /\\(/g;
                new x.Y(this, `id-${n}`, { a: [1, -2, 'three'], b: { c: true }, d: f(g, h), e });
                """, ProgramText.Language.SCRIPT);
        List<ProgramText.Call> calls = p.calls();
        assertThat(calls).extracting(ProgramText.Call::callee).containsExactly("x.Y", "f");
        ProgramText.Call y = calls.get(0);
        assertThat(y.constructed()).isTrue();
        assertThat(y.line()).isEqualTo(4);
        assertThat(y.positional().get(1)).isInstanceOf(IacValue.Expression.class);
        IacValue.Mapping props = y.props();
        assertThat(props.path("a").orElseThrow()).isInstanceOf(IacValue.Sequence.class);
        assertThat(((IacValue.Sequence) props.get("a").orElseThrow()).items()).extracting(IacValue::text)
                .containsExactly("1", "-2", "three");
        assertThat(props.text("b.c")).isEqualTo("true");
        assertThat(props.get("d").orElseThrow()).isEqualTo(new IacValue.Expression("f(g, h)", 4));
        assertThat(props.get("e").orElseThrow()).isInstanceOf(IacValue.Expression.class);
    }
}
