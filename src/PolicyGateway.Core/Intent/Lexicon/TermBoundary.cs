namespace PolicyGateway.Intent.Lexicon;

internal enum TermBoundary
{
    /// <summary>Starts a word and may run on into it: a stem.</summary>
    WordStart,
    /// <summary>Starts and ends a word: short words that would otherwise hit inside longer ones.</summary>
    WholeWord,
    /// <summary>Scripts written without spaces or with attached clitics (CJK, kana, hangul, Arabic).</summary>
    Anywhere,
    /// <summary>Starts anywhere in those scripts but ends a word: "فرد$" is not the start of "فردا".</summary>
    AnywhereToWordEnd,
}
