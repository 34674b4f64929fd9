namespace PolicyGateway.Recording.Audit;

public enum ChainProblemKind
{
    Altered,
    Removed,
    Inserted,
}
