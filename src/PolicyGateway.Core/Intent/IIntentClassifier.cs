using PolicyGateway.Content;

namespace PolicyGateway.Intent;

/// <summary>Classifies one request (not its nested requests) into intent labels with evidence. Must be thread-safe.</summary>
public interface IIntentClassifier
{
    IntentResult Classify(RequestContent content);
}
