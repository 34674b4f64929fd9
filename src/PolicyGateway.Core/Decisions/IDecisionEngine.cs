namespace PolicyGateway.Decisions;

/// <summary>content → intent → policy → decision for one request. Thread-safe; never throws for bad content (that is a ContentParseException).</summary>
public interface IDecisionEngine
{
    Decision Decide(DecisionRequest request);
}
