namespace PolicyGateway.Intent.Training.Training;

/// <summary>
/// One training request: its pooled feature row and each cue clause's row pooled alone (both null when it has no cue
/// and never reaches the model), its gold labels and its fold.
/// </summary>
internal sealed record Example(string Id, bool[] Labels, float[]? Row, float[][]? Clauses, int Fold);
