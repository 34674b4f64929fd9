namespace PolicyGateway.Recording.Store;

/// <summary>Width of an aggregate's time bucket.</summary>
public enum AggregateBucket
{
    Hour,
    Day,
}
