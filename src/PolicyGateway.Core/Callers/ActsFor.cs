namespace PolicyGateway.Callers;

/// <summary>Someone a caller builds or runs things for, e.g. a body-camera vendor serving US police.</summary>
public sealed record ActsFor(Sector Sector, string Country);
