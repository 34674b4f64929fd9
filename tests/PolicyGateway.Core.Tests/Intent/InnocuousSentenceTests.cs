using System.Collections.Concurrent;
using PolicyGateway.Content;
using PolicyGateway.Decisions;
using PolicyGateway.Intent.Training.Corpus;
using PolicyGateway.Core.Tests.Policy;
using PolicyGateway.Policy;
using Xunit.Abstractions;

namespace PolicyGateway.Core.Tests.Intent;

/// <summary>
/// No one-sentence bypass: every deny-labelled request the shipped classifier and pack deny stays denied when any
/// innocuous sentence is added before or after the ask, or as a system prompt.
/// </summary>
public sealed class InnocuousSentenceTests(ITestOutputHelper output)
{
    [Fact]
    public void An_innocuous_sentence_never_turns_a_denied_request_into_an_allowed_one()
    {
        Assert.True(InnocuousSentences.All.Length >= 50);
        Assert.True(InnocuousSentences.All.Select(Script).Distinct().Count() >= 5, "at least five languages");
        var policies = RepositoryPaths.LoadPack();
        var denyLabelled = CorpusFiles.Load().Where(e => e.Expect == "deny").ToList();
        var flips = new ConcurrentBag<string>();
        var denied = 0;
        var variants = 0;
        Parallel.ForEach(denyLabelled, entry =>
        {
            var caller = policies.Callers.FindById(entry.Caller!)!;
            var content = CorpusRequestBuilder.Build(entry);
            if (Decide(policies, caller, content) != DecisionAction.Deny)
            {
                return; // a miss of the classifier, measured by the quality tests; nothing here can turn it into an allow
            }

            Interlocked.Increment(ref denied);
            foreach (var (name, variant) in Variants(content))
            {
                Interlocked.Increment(ref variants);
                if (Decide(policies, caller, variant) != DecisionAction.Deny)
                {
                    flips.Add($"{entry.Id}: {name}");
                }
            }
        });

        output.WriteLine($"{denyLabelled.Count} deny-labelled requests, {denied} denied, {variants} variants, {flips.Count} turned into allow");
        Assert.True(denied > 0);
        Assert.True(flips.IsEmpty, string.Join(Environment.NewLine, flips.Take(30)));
    }

    private static DecisionAction Decide(PolicySnapshot policies, Callers.Caller caller, RequestContent content) =>
        policies.Policies.Evaluate(new PolicyInput(caller, content.Api, null, ShippedClassifier.Instance.Classify(content))).Action;

    private static IEnumerable<(string Name, RequestContent Content)> Variants(RequestContent content)
    {
        var ask = Augmenter.NewestUserText(content);
        if (ask < 0)
        {
            yield break;
        }

        // A sentence added after text that does not end one ("…on the list, thanks") is a sentence of its own only once
        // the text before it is closed; text that ends one in any script (".", "।", "؟", "。"…) is followed as a writer would.
        var text = content.Parts[ask].Text!;
        var separator = text.TrimEnd().Length > 0 && (PolicyGateway.Intent.Analysis.SentenceEndCharacters + ":").Contains(text.TrimEnd()[^1]) ? " " : ". ";
        foreach (var sentence in InnocuousSentences.All)
        {
            yield return ($"before: {sentence}", Augmenter.WithText(content, ask, sentence + " " + text));
            yield return ($"after: {sentence}", Augmenter.WithText(content, ask, text + separator + sentence));
        }

        foreach (var prompt in InnocuousSentences.SystemPrompts)
        {
            yield return ($"system: {prompt}", content with { Parts = [new ContentPart(ContentKind.Text, "messages[-1].content", prompt) { Role = "system" }, .. content.Parts] });
        }
    }

    private static string Script(string sentence) => sentence.Any(c => c > 0x3000) ? "cjk"
        : sentence.Any(c => c is >= '\u0400' and <= '\u04FF') ? "cyrillic"
        : sentence.Any(c => c is >= '\u0600' and <= '\u06FF') ? "arabic"
        : sentence.Any(c => c is 'ñ' or 'é' or 'ä' or 'ü' or 'ß' or 'ó' or 'ç') ? "latin-accented:" + sentence[..2]
        : "latin";
}
