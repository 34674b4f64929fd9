using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyGateway.Policy.Yaml;

/// <summary>
/// Reads one YAML file into nodes that keep their line numbers, and collects shape errors
/// (a list where a mapping belongs, two operators in one condition) with file and line.
/// </summary>
internal sealed class YamlSource(string file)
{
    public string File { get; } = file;

    public List<PolicyError> Errors { get; } = [];

    /// <summary>The document's root node, or null (with an error recorded) when the text is not YAML.</summary>
    public YamlNode? Load(string text)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            Errors.Add(new PolicyError(At(ex.Start), $"invalid YAML: {ex.InnerException?.Message ?? ex.Message}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this for some unterminated flow collections; the last parsed event is the best line we have.
            var mark = parser.Current?.End ?? Mark.Empty;
            Errors.Add(new PolicyError(At(mark), "invalid YAML: unterminated list or mapping ('[' or '{' without its closing bracket)"));
        }
        return null;
    }

    public SourceLocation At(YamlNode node) => At(node.Start);

    public SourceLocation At(Mark mark) => new(File, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    public void Error(YamlNode node, string message) => Errors.Add(new PolicyError(At(node), message));

    /// <summary>Opens <paramref name="node"/> as a mapping of <paramref name="what"/> with the given keys, or records why not.</summary>
    public YamlMappingReader? Mapping(YamlNode node, string what, IReadOnlyList<string> allowed)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMappingReader(this, mapping, what, allowed);
        }
        Error(node, $"{what} must be a mapping of key: value pairs");
        return null;
    }

    /// <summary>The items of a list, or none (with an error recorded) when <paramref name="node"/> is not a list.</summary>
    public IReadOnlyList<YamlNode> Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children.ToList();
        }
        Error(node, $"{what} must be a list");
        return [];
    }

    /// <summary>The text of a scalar, or null (with an error recorded) when <paramref name="node"/> is a list or mapping.</summary>
    public string? Scalar(YamlNode node, string what)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }
        Error(node, $"{what} must be a single value, not a list or mapping");
        return null;
    }
}
