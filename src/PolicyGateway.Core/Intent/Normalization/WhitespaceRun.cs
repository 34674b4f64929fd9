using System.Buffers;

namespace PolicyGateway.Intent.Normalization;

/// <summary>
/// The run of text around a position up to and including the next white space, measured only when a camelCase
/// boundary asks for it and remembered while the scan stays inside it.
/// </summary>
internal struct WhitespaceRun
{
    private int _start;
    private int _end;

    /// <summary>Length of the run holding <paramref name="position"/>, which must not be white space; positions only grow.</summary>
    public int Around(ReadOnlySpan<char> text, int position, SearchValues<char> whitespace)
    {
        if (position >= _end)
        {
            _start = text[..position].LastIndexOfAny(whitespace) + 1;
            var next = text[position..].IndexOfAny(whitespace);
            _end = next < 0 ? text.Length : position + next + 1;
        }

        return _end - _start;
    }
}
