using FluentValidation;
using PolicyGateway.Callers;
using PolicyGateway.Content;
using PolicyGateway.Intent;
using PolicyGateway.Policy;

namespace PolicyGateway.Decisions;

/// <summary>
/// content → intent → policy → decision. Fails closed: when classification or evaluation throws or runs past the
/// budget, the request is denied under <see cref="GatewayRules.FailClosedId"/> (unless its API is configured to fail
/// open). Unreadable content is not a failure of the engine: <see cref="ContentParseException"/> reaches the caller.
/// </summary>
public sealed class DecisionEngine : IDecisionEngine
{
    private readonly Func<PolicySnapshot> _policies;
    private readonly IIntentClassifier _classifier;
    private readonly DecisionEngineOptions _options;
    private readonly TimeProvider _time;

    public DecisionEngine(PolicyStore store, IIntentClassifier classifier, DecisionEngineOptions? options = null, TimeProvider? time = null)
        : this(() => store.Current, classifier, options, time)
    {
    }

    /// <param name="policies">Read once per decision, so a decision never mixes two policy versions.</param>
    public DecisionEngine(Func<PolicySnapshot> policies, IIntentClassifier classifier, DecisionEngineOptions? options = null, TimeProvider? time = null)
    {
        _policies = policies;
        _classifier = classifier;
        _options = options ?? new DecisionEngineOptions();
        new DecisionEngineOptionsValidator().ValidateAndThrow(_options);
        _time = time ?? TimeProvider.System;
    }

    /// <exception cref="ContentParseException">The body of an inspected route cannot be read: answer 400, do not forward.</exception>
    public Decision Decide(DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = _options.Observe ? DecisionTracing.Start() : null;
        var started = _time.GetTimestamp();
        var snapshot = _policies();
        var route = ApiRoutes.Classify(request.Method, request.Path);
        RequestContent content;
        try
        {
            content = route.Inspected
                ? ContentReader.Read(route.ReadGenerically ? ApiKind.Other : route.Kind, request.ContentType, request.Body, _options.ContentLimits)
                : RequestContent.Empty(route.Kind);
        }
        // The filter counts the refusal and marks the span, and is false: the exception reaches the caller untouched.
        catch (ContentParseException ex) when (_options.Observe && DecisionTracing.Unreadable(activity, ex, route.Kind))
        {
            throw;
        }
        var (outcome, failure) = Guarded(() => Evaluate(snapshot, request.Caller, route, content));
        return Observed(activity, Build(request.Caller, request.Method, request.Path, route, snapshot, started, outcome, failure));
    }

    /// <summary>
    /// Decides one client event of a realtime connection, classified together with what the session already gave
    /// the model. Allowed events are remembered in <paramref name="session"/>; denied ones must not be forwarded.
    /// </summary>
    /// <exception cref="ContentParseException">The event cannot be read: refuse it.</exception>
    public Decision DecideRealtimeEvent(Caller caller, string path, ReadOnlyMemory<byte> eventJson, RealtimeSession session)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(session);
        using var activity = _options.Observe ? DecisionTracing.Start() : null;
        var started = _time.GetTimestamp();
        var snapshot = _policies();
        var route = ApiRoutes.Classify("GET", path) with { Kind = ApiKind.Realtime };
        RequestContent received;
        try
        {
            received = ContentReader.ReadRealtimeEvent(eventJson, _options.ContentLimits);
        }
        catch (ContentParseException ex) when (_options.Observe && DecisionTracing.Unreadable(activity, ex, ApiKind.Realtime))
        {
            throw;
        }
        var (outcome, failure) = Guarded(() =>
        {
            // Events without content (audio buffer appends, cancels) change nothing the classifier sees.
            var intents = received.Parts.Count == 0 && session.LastIntents is { } last
                ? last
                : Classify(new RequestContent(ApiKind.Realtime, [.. session.History(), .. received.Parts], []));
            return new PolicyOutcome(snapshot.Policies.Evaluate(new PolicyInput(caller, ApiKind.Realtime, route.Deployment, intents)), intents, null);
        });
        var decision = Observed(activity, Build(caller, "GET", path, route, snapshot, started, outcome, failure));
        if (decision.Action == DecisionAction.Allow && outcome is not null)
        {
            session.Remember(received.Parts, outcome.Intents, _options);
        }
        return decision;
    }

    private PolicyOutcome Evaluate(PolicySnapshot snapshot, Caller caller, ApiRoute route, RequestContent content)
    {
        var own = EvaluateOne(snapshot, caller, route, content, location: null);
        if (content.Nested.Count == 0)
        {
            return own;
        }
        // Each batch line is a request of its own: classified alone, so one line's words cannot excuse or incriminate another.
        var outcomes = new List<PolicyOutcome>(content.Nested.Count + 1) { own };
        for (var i = 0; i < content.Nested.Count; i++)
        {
            outcomes.Add(EvaluateOne(snapshot, caller, route, content.Nested[i], NestedLocation(content.Nested[i], i)));
        }
        return Combine(outcomes);
    }

    private PolicyOutcome EvaluateOne(PolicySnapshot snapshot, Caller caller, ApiRoute route, RequestContent content, string? location)
    {
        var intents = Classify(content);
        var api = location is null ? route.Kind : content.Api;
        return new PolicyOutcome(snapshot.Policies.Evaluate(new PolicyInput(caller, api, route.Deployment, intents)), intents, location);
    }

    private IntentResult Classify(RequestContent content)
    {
        var started = _time.GetTimestamp();
        var intents = _classifier.Classify(content);
        if (_options.Observe)
        {
            DecisionMetrics.RecordClassification(_time.GetElapsedTime(started), content.Api);
        }
        return intents;
    }

    /// <summary>Every decision, whatever its path through the engine, is counted and tags its span here.</summary>
    private Decision Observed(System.Diagnostics.Activity? activity, Decision decision)
    {
        if (!_options.Observe)
        {
            return decision;
        }
        DecisionMetrics.Record(decision);
        DecisionTracing.Decided(activity, decision);
        return decision;
    }

    /// <summary>Denied if any part is; the first denied line is the one the decision names and shows the evidence of.</summary>
    private static PolicyOutcome Combine(List<PolicyOutcome> outcomes)
    {
        var deciding = outcomes.FirstOrDefault(o => o.Evaluation.Action == DecisionAction.Deny)
            ?? outcomes.FirstOrDefault(o => o.Evaluation.Shadow.Count > 0);
        var evaluation = new PolicyEvaluation(
            deciding?.Evaluation.Action ?? DecisionAction.Allow,
            Distinct(outcomes.SelectMany(o => o.Evaluation.Enforced)),
            Distinct(outcomes.SelectMany(o => o.Evaluation.Shadow)),
            Distinct(outcomes.SelectMany(o => o.Evaluation.Matched)));
        var intents = deciding?.Intents ?? IntentResults.Strongest(outcomes.Select(o => o.Intents));
        return new PolicyOutcome(evaluation, intents, deciding?.Location);
    }

    private static IReadOnlyList<RuleMatch> Distinct(IEnumerable<RuleMatch> matches) => matches.DistinctBy(m => m.RuleId).ToList();

    /// <summary>Batch line parts are located as <c>file:name#line N[ custom_id=…]: path</c>; the part before ": " names the line.</summary>
    private static string NestedLocation(RequestContent nested, int index)
    {
        var first = nested.Parts.FirstOrDefault()?.Location;
        var end = first?.IndexOf(": ", StringComparison.Ordinal) ?? -1;
        return end > 0 ? first![..end] : $"nested[{index}]";
    }

    /// <summary>Runs classification and evaluation; any exception or an overrun of the budget becomes a failure to decide.</summary>
    private (PolicyOutcome? Outcome, string? Failure) Guarded(Func<PolicyOutcome> evaluate)
    {
        var started = _time.GetTimestamp();
        PolicyOutcome outcome;
        try
        {
            outcome = evaluate();
        }
        catch (Exception ex)
        {
            return (null, $"classification or evaluation failed: {ex.GetType().Name}: {ex.Message}");
        }
        var elapsed = _time.GetElapsedTime(started);
        return elapsed > _options.Budget
            ? (null, $"classification and evaluation took {elapsed.TotalMilliseconds:0} ms, over the budget of {_options.Budget.TotalMilliseconds:0} ms")
            : (outcome, null);
    }

    private Decision Build(Caller caller, string method, string path, ApiRoute route, PolicySnapshot snapshot, long started, PolicyOutcome? outcome, string? failure)
    {
        var now = _time.GetUtcNow();
        if (outcome is null)
        {
            var failOpen = _options.FailOpenApis.Contains(route.Kind);
            var rule = failOpen ? GatewayRules.FailOpen : GatewayRules.FailClosed;
            return new Decision(
                DecisionIds.New(now), now, caller.Id, route.Kind, method, path,
                failOpen ? DecisionAction.Allow : DecisionAction.Deny,
                failOpen ? [] : [rule], [], [rule], IntentResult.None, snapshot.Version, _classifier.Version, _time.GetElapsedTime(started), failure);
        }
        var evaluation = outcome.Evaluation;
        return new Decision(
            DecisionIds.New(now), now, caller.Id, route.Kind, method, path, evaluation.Action,
            evaluation.Enforced, evaluation.Shadow, evaluation.Matched, outcome.Intents, snapshot.Version, _classifier.Version,
            _time.GetElapsedTime(started), Location: outcome.Location);
    }
}
