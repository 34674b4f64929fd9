using PolicyGateway.Intent.Semantic;

namespace PolicyGateway.Intent.Training.Training;

/// <summary>Which heads a training variant teaches when it changes something that decides only some of the labels.</summary>
internal static class HeadScope
{
    /// <summary>The facial-recognition label and its <c>fr_topic</c> head: what neither a camera re-tag nor a change of transport can change.</summary>
    public static readonly bool[] FacialRecognition = Only(
        (int)IntentLabel.FacialRecognition, FeatureLayout.LabelCount + Array.IndexOf(FeatureLayout.AuxiliaryHeads, "fr_topic"));

    private static bool[] Only(params int[] heads)
    {
        var scope = new bool[FeatureLayout.HeadCount];
        foreach (var head in heads)
        {
            scope[head] = true;
        }

        return scope;
    }
}
