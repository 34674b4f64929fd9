namespace PolicyGateway.Intent.Training.Training;

/// <summary>
/// One training request: its pooled feature row and each cue clause's row pooled alone (both null when it has no cue
/// and never reaches the model), its gold labels, its fold, and the heads it teaches (<see cref="HeadScope"/>; null:
/// all). Every row is still scored out of fold by every head, so the trees' stacked row is complete.
/// </summary>
internal sealed record Example(string Id, bool[] Labels, SparseRow? Row, SparseRow[]? Clauses, int Fold, bool[]? Heads = null)
{
    public bool Teaches(int head) => Heads is null || Heads[head];
}
