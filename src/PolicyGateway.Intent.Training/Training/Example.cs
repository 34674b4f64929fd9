namespace PolicyGateway.Intent.Training.Training;

/// <summary>One training request: its pooled feature row (null when it has no cue and never reaches the model), its gold labels and its fold.</summary>
internal sealed record Example(string Id, bool[] Labels, float[]? Row, int Fold);
