namespace PolicyGateway.Content.Routing;

/// <summary>Walks the segments of a URL path without allocating; empty segments (<c>//</c>, trailing <c>/</c>) are skipped.</summary>
internal ref struct PathSegments(ReadOnlySpan<char> path)
{
    private ReadOnlySpan<char> _rest = path;

    public bool TryNext(out ReadOnlySpan<char> segment)
    {
        while (!_rest.IsEmpty)
        {
            int slash = _rest.IndexOf('/');
            if (slash < 0)
            {
                segment = _rest;
                _rest = default;
                return true;
            }

            segment = _rest[..slash];
            _rest = _rest[(slash + 1)..];
            if (!segment.IsEmpty)
            {
                return true;
            }
        }

        segment = default;
        return false;
    }

    /// <summary>True when no non-empty segment is left.</summary>
    public readonly bool AtEnd => _rest.Trim('/').IsEmpty;

    /// <summary>The last non-empty segment of what is left, or empty.</summary>
    public readonly ReadOnlySpan<char> Last
    {
        get
        {
            var rest = _rest.TrimEnd('/');
            return rest[(rest.LastIndexOf('/') + 1)..];
        }
    }
}
