namespace PolicyGateway.Intent;

/// <summary>The fixed set of intents the classifier reports; snake_case names in policies and output.</summary>
public enum IntentLabel
{
    FacialRecognition,
    Realtime,
    MobileCamera,
    InTheWild,
    WatchlistMatch,
    LawEnforcementContext,
}
