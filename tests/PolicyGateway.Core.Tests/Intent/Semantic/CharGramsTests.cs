using PolicyGateway.Intent.Semantic;

namespace PolicyGateway.Core.Tests.Intent.Semantic;

public sealed class CharGramsTests
{
    private static float[] Vector(string text)
    {
        var vector = new float[CharGrams.Buckets];
        CharGrams.Write(text, vector);
        return vector;
    }

    private static int[] Set(float[] vector) => [.. Enumerable.Range(0, vector.Length).Where(i => vector[i] != 0)];

    [Fact]
    public void The_vector_has_unit_length_and_one_bucket_per_distinct_gram_at_most()
    {
        var vector = Vector("who is this man");

        // 14 two-grams, 13 three-grams, 12 four-grams and 11 five-grams, of which 47 are distinct ("is", "is " repeat).
        Assert.InRange(Set(vector).Length, 40, 47);
        Assert.Equal(1.0, Math.Sqrt(vector.Sum(v => (double)v * v)), 5);
    }

    [Fact]
    public void Buckets_are_fixed_by_the_text_not_by_the_process()
    {
        // A trained model addresses these buckets: a per-process string hash would silently scramble them.
        Assert.Equal([2934, 3146, 4210], Set(Vector("abc")));
    }

    [Fact]
    public void Scripts_without_spaces_still_give_grams()
    {
        var thai = Set(Vector("ระบบจับคู่ใบหน้า"));
        var matchThai = Set(Vector("จับคู่ใบหน้าคนนี้"));

        Assert.NotEmpty(thai);
        Assert.NotEmpty(thai.Intersect(matchThai));
    }

    [Fact]
    public void Text_shorter_than_a_gram_sets_nothing()
    {
        Assert.Empty(Set(Vector("a")));
        Assert.Empty(Set(Vector("")));
    }

    [Fact]
    public void The_target_must_have_one_slot_per_bucket()
    {
        Assert.Throws<ArgumentException>(() => CharGrams.Write("abc", new float[16]));
    }
}
