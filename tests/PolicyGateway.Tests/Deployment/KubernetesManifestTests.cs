using PolicyGateway.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace PolicyGateway.Tests.Deployment;

/// <summary>
/// docker/k8s: every overlay renders with <c>kubectl kustomize</c>, every rendered object validates against the
/// Kubernetes schemas (kubernetes-models), and the objects are the ones the deployment needs.
/// </summary>
public sealed class KubernetesManifestTests
{
    private static string Repository => Path.GetDirectoryName(RepositoryPaths.Policies)!;

    private static string K8s => Path.Combine(Repository, "docker", "k8s");

    [Fact]
    public async Task Every_overlay_renders_and_every_object_validates_against_the_kubernetes_schemas()
    {
        var output = Directory.CreateTempSubdirectory("pgw-k8s-").FullName;
        var run = await ProcessRun.Of("bash", Repository, Path.Combine(K8s, "validate.sh"), output);

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains("== demo", run.Stdout);
        Assert.Contains("== production", run.Stdout);
        Assert.DoesNotContain("FAIL", run.Stdout);
        Assert.Matches(@"(?m)^11 valid, 0 invalid$", run.Stdout);
        Assert.Matches(@"(?m)^7 valid, 0 invalid$", run.Stdout);

        foreach (var overlay in (string[])["demo", "production"])
        {
            var objects = Load(Path.Combine(output, overlay + ".yaml"));
            var deployment = Single(objects, "Deployment", "policygateway");
            var container = (YamlMappingNode)((YamlSequenceNode)At(deployment, "spec", "template", "spec", "containers")).Children[0];
            Assert.Equal("/readyz", Scalar(container, "readinessProbe", "httpGet", "path"));
            Assert.Equal("/healthz", Scalar(container, "livenessProbe", "httpGet", "path"));
            Assert.Equal("true", Scalar(container, "securityContext", "readOnlyRootFilesystem"));
            Assert.Equal("true", Scalar(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot"));
            Assert.Contains("policygateway-secrets", Text(container), StringComparison.Ordinal);
            Assert.Contains("Gateway__Recording__ConnectionString", Text(container), StringComparison.Ordinal);
            Single(objects, "Service", "policygateway");
            Single(objects, "HorizontalPodAutoscaler", "policygateway");
            Single(objects, "PodDisruptionBudget", "policygateway");

            // The policies ConfigMap carries the shipped rule files exactly, so the cluster runs the pack in this repository.
            var policies = (YamlMappingNode)At(Single(objects, "ConfigMap", "policygateway-policies"), "data");
            foreach (var file in (string[])["manifest.yaml", "law-enforcement.yaml", "identification.yaml"])
            {
                Assert.Equal(Normalize(File.ReadAllText(Path.Combine(RepositoryPaths.Policies, file))), Normalize(((YamlScalarNode)policies.Children[new YamlScalarNode(file)]).Value!));
            }
        }

        var demo = Load(Path.Combine(output, "demo.yaml"));
        Assert.Contains(demo, o => Kind(o) == "Secret");
        Assert.Contains(demo, o => Kind(o) == "ConfigMap" && Name(o) == "policygateway-demo-callers");
        Single(demo, "Deployment", "policygateway-emulator");

        // Production never carries the demo callers (published keys) nor a committed Secret.
        var production = Load(Path.Combine(output, "production.yaml"));
        Assert.DoesNotContain(production, o => Kind(o) == "Secret");
        Assert.DoesNotContain("demo-us-police", File.ReadAllText(Path.Combine(output, "production.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_validator_rejects_an_invalid_object()
    {
        // Also installs the validator's packages when this test runs first.
        Assert.Equal(0, (await ProcessRun.Of("bash", Repository, Path.Combine(K8s, "validate.sh"))).ExitCode);
        var broken = Path.Combine(Directory.CreateTempSubdirectory("pgw-k8s-").FullName, "broken.yaml");
        await File.WriteAllTextAsync(broken, """
            apiVersion: apps/v1
            kind: Deployment
            metadata: { name: broken }
            spec:
              replicas: two
              selector: { matchLabels: { a: b } }
              template:
                metadata: { labels: { a: b } }
                spec: { containers: [ { name: c, image: i, readinessProbe: { httpGet: { path: /readyz } } } ] }
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudgett
            metadata: { name: typo }
            """);

        var run = await ProcessRun.Of("node", Repository, Path.Combine(K8s, "validate", "validate.mjs"), broken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/spec/replicas must be integer", run.Stdout);
        Assert.Contains("must have required property port", run.Stdout);
        Assert.Contains("unknown kind PodDisruptionBudgett", run.Stdout);
    }

    private static List<YamlMappingNode> Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(file));
        stream.Load(reader);
        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
    }

    private static YamlMappingNode Single(List<YamlMappingNode> objects, string kind, string name) =>
        Assert.Single(objects, o => Kind(o) == kind && Name(o) == name);

    private static string? Kind(YamlMappingNode o) => (o.Children.TryGetValue(new YamlScalarNode("kind"), out var kind) ? kind as YamlScalarNode : null)?.Value;

    private static string? Name(YamlMappingNode o) => (At(o, "metadata", "name") as YamlScalarNode)?.Value;

    private static YamlNode At(YamlNode node, params string[] keys)
    {
        foreach (var key in keys)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }
        return node;
    }

    private static string? Scalar(YamlNode node, params string[] keys) => ((YamlScalarNode)At(node, keys)).Value;

    private static string Text(YamlNode node)
    {
        var stream = new YamlStream(new YamlDocument(node));
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n');
}
