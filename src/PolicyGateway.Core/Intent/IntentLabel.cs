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

    /// <summary>
    /// Facial recognition is asked for a police department in the United States: the text says the work is done for
    /// it, at its request or on its behalf. Learned only (the first stage leaves it at 0), and only from requests of
    /// callers that neither are law enforcement nor are registered as acting for it: the pack reads it for them alone,
    /// since for the others the caller's registration already says whom the work is for.
    /// </summary>
    ForUsPolice,
}
