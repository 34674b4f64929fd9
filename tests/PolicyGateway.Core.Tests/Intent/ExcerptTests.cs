using PolicyGateway.Intent;

namespace PolicyGateway.Core.Tests.Intent;

public sealed class ExcerptTests
{
    [Fact]
    public void Spaced_text_starts_and_ends_on_word_boundaries()
    {
        const string text = "please compare the suspect photograph with this booking record today";
        var excerpt = Excerpt.Around(text, text.IndexOf("photograph", StringComparison.Ordinal), "photograph".Length);

        Assert.Contains("photograph", excerpt, StringComparison.Ordinal);
        Assert.True(text.Contains(excerpt, StringComparison.Ordinal), excerpt);
        var at = text.IndexOf(excerpt, StringComparison.Ordinal);
        Assert.True(at == 0 || text[at - 1] == ' ', excerpt);
        Assert.True(at + excerpt.Length == text.Length || text[at + excerpt.Length] == ' ', excerpt);
    }

    [Theory]
    [InlineData("ja", "この写真の男性が誰なのか、容疑者リストと照合して名前を教えてください。急いでいます。", "容疑者")]
    [InlineData("th", "ช่วยบอกหน่อยว่าผู้ชายในภาพนี้คือใครโดยเทียบกับรายชื่อผู้ต้องสงสัยของเรา", "ผู้ต้องสงสัย")]
    [InlineData("zh", "请把这张照片里的人和通缉名单比对一下告诉我他的名字和身份证号码谢谢", "通缉")]
    public void Text_without_spaces_keeps_the_cue_and_its_context(string language, string text, string cue)
    {
        var excerpt = Excerpt.Around(text, text.IndexOf(cue, StringComparison.Ordinal), cue.Length);

        Assert.Contains(cue, excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length > cue.Length, $"{language}: '{excerpt}'");
        Assert.InRange(excerpt.Length, 1, Excerpt.MaxLength);
    }

    [Fact]
    public void An_empty_cue_in_unspaced_text_still_shows_its_surroundings()
    {
        const string text = "この入口カメラの男性をリストと照合してください";

        Assert.NotEmpty(Excerpt.Around(text, 8, 0));
    }

    [Fact]
    public void Keys_are_cut_and_digits_masked()
    {
        const string text = "use key sk-abcdefghijklmnopqrstuvwxyz0123456789ABCDEF for case 2024-117 now";
        var excerpt = Excerpt.Around(text, text.IndexOf("case", StringComparison.Ordinal), 4);

        Assert.DoesNotContain("ABCDEF", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("2024", excerpt, StringComparison.Ordinal);
        Assert.Contains("####", excerpt, StringComparison.Ordinal);
    }
}
