using PolicyGateway.Decisions;

namespace PolicyGateway.Recording;

/// <summary>Where every decision goes once made; must not throw into the request path.</summary>
public interface IDecisionRecorder
{
    void Record(Decision decision);
}
