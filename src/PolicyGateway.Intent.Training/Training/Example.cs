namespace PolicyGateway.Intent.Training.Training;

/// <summary>One training request: its clause feature rows (empty when it has no cue), its gold labels and its fold.</summary>
internal sealed record Example(string Id, bool[] Labels, float[][] Rows, int Fold);
