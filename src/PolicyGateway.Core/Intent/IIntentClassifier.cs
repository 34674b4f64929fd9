using PolicyGateway.Content;

namespace PolicyGateway.Intent;

/// <summary>Classifies one request (not its nested requests) into intent labels with evidence. Must be thread-safe.</summary>
public interface IIntentClassifier
{
    /// <summary>Names the classifier and its trained model (a hash of the file), recorded with every decision.</summary>
    string Version { get; }

    IntentResult Classify(RequestContent content);
}
